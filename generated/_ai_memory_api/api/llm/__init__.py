"""Operations tagged ``llm``."""

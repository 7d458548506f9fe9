"""Operations tagged ``knowledge_graph``."""

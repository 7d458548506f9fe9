"""Operations tagged ``graph``."""

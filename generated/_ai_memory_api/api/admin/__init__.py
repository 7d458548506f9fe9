"""Operations tagged ``admin``."""

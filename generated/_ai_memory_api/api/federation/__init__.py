"""Operations tagged ``federation``."""

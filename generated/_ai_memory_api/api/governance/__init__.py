"""Operations tagged ``governance``."""

"""Operations tagged ``skills``."""

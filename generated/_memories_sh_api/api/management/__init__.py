"""Operations tagged ``management``."""

"""Operations tagged ``default``."""

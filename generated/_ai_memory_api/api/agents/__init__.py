"""Operations tagged ``agents``."""

"""Operations tagged ``links``."""

"""Operations tagged ``recall``."""

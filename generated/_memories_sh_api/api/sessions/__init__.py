"""Operations tagged ``sessions``."""

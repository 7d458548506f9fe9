"""Operations tagged ``health``."""

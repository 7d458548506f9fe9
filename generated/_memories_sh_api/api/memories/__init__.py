"""Operations tagged ``memories``."""

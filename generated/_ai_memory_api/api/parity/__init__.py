"""Operations tagged ``parity``."""

"""Operations tagged ``archive``."""

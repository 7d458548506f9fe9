"""Operations tagged ``messaging``."""

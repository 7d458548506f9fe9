"""Operations tagged ``unserved``."""

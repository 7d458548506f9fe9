"""Operations tagged ``system``."""

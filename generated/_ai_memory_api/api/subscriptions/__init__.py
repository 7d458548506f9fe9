"""Operations tagged ``subscriptions``."""

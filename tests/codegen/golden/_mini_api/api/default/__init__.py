"""``_mini_api``: operations tagged ``default``."""

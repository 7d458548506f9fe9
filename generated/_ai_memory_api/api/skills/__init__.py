"""``_ai_memory_api``: operations tagged ``skills``."""

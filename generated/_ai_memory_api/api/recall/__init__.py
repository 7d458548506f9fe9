"""``_ai_memory_api``: operations tagged ``recall``."""

"""``_ai_memory_api``: operations tagged ``knowledge_graph``."""

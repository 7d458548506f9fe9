"""``_memories_sh_api``: operations tagged ``embeddings``."""

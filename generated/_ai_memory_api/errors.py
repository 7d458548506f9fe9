"""``_ai_memory_api``: errors are raised by the engine (``agent_memory_sdk``) with each API's own classes."""

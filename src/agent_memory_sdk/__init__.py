"""The shared engine behind ``ai_memory`` and ``memories_sh``: request building, retries, errors."""

"""Operations tagged ``mcp``."""

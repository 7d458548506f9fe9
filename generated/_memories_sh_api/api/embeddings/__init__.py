"""Operations tagged ``embeddings``."""

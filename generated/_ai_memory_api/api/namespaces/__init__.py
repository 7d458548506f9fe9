"""Operations tagged ``namespaces``."""

"""Generated from the ai-memory daemon HTTP API OpenAPI spec, version 0.7.0. Do not edit: run scripts/generate."""

SERVER_URL = "http://localhost:9077"
"""The spec's first server URL: the clients' default base URL."""

VERSIONED_PREFIXES: tuple[str, ...] = ("/api/v1",)
"""Path prefixes up to a version segment (``/api/v1``); removed from the end of a ``base_url``."""

SECRET_FIELDS: frozenset[str] = frozenset(["secret"])
"""JSON body keys the spec marks ``format: password``: hidden in ``error.request`` and error messages."""

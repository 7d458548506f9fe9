"""Generated from the memories.sh SDK HTTP API OpenAPI spec, version 2026-02-11. Do not edit: run scripts/generate."""

SERVER_URL = "https://memories.sh"
"""The spec's first server URL: the clients' default base URL."""

VERSIONED_PREFIXES: tuple[str, ...] = ("/api/sdk/v1",)
"""Path prefixes up to a version segment (``/api/v1``); removed from the end of a ``base_url``."""

SECRET_FIELDS: frozenset[str] = frozenset(["apiKey", "tursoDbToken"])
"""JSON body keys the spec marks ``format: password``: hidden in ``error.request`` and error messages."""

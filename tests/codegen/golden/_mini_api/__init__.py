"""Generated from the Mini OpenAPI spec, version 1.0.0. Do not edit: run scripts/generate."""

SERVER_URL = "http://localhost:1"
"""The spec's first server URL: the clients' default base URL."""

VERSIONED_PREFIXES: tuple[str, ...] = ()
"""Path prefixes up to a version segment (``/api/v1``); removed from the end of a ``base_url``."""

SECRET_FIELDS: frozenset[str] = frozenset([])
"""JSON body keys the spec marks ``format: password``: hidden in ``error.request`` and error messages."""

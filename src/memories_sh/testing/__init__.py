"""A faithful local memories.sh server (``/api/sdk/v1`` + ``/api/mcp``) on SQLite, for tests.

Optional extra: ``pip install typed-agent-memory[testing]`` (starlette, uvicorn). ``import memories_sh``
never imports this package.

    from memories_sh.testing import ServerConfig, local_memories_server

    config = ServerConfig()
    with local_memories_server(config) as base_url:
        ...  # Authorization: Bearer {config.api_key}
"""

from typing import TYPE_CHECKING, Any

from ._config import ApiKey, ServerConfig, generate_api_key

if TYPE_CHECKING:
    from ._app import create_app
    from ._runner import LocalServer, local_memories_server, run_server

__all__ = [
    "ApiKey",
    "LocalServer",
    "ServerConfig",
    "create_app",
    "generate_api_key",
    "local_memories_server",
    "run_server",
]

_LAZY = {
    "create_app": "._app",
    "LocalServer": "._runner",
    "local_memories_server": "._runner",
    "run_server": "._runner",
}


def __getattr__(name: str) -> Any:
    """Lazy: starlette/uvicorn are imported only when the server is used (PEP 562)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

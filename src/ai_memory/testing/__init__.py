"""A faithful local ai-memory server (v0.7.0 daemon semantics) on SQLite, for tests and quickstarts.

Needs the ``testing`` extra (``pip install typed-agent-memory[testing]``: starlette, uvicorn).
Importing :mod:`ai_memory` never imports this package.

Three ways to start it:

- ``with LocalServer() as base_url: ...`` (free loopback port, background thread);
- the pytest plugin ``ai_memory.testing.pytest_plugin`` (fixtures ``ai_memory_server``,
  ``ai_memory_client``, ``async_ai_memory_client``);
- ``python -m ai_memory.testing serve [--port 9077] [--db FILE] [--api-key KEY]``.

Every default of :class:`ServerConfig` is the daemon's: private-by-default visibility, an empty
admin allowlist (admin routes answer 403), loopback webhooks rejected, webhook retries after
200 ms / 1 s / 5 s, no LLM (``auto_tag``/``expand_query`` answer 503) and no embedder (recall
``mode`` ``"keyword"``; ``ServerConfig(embedder="hash")`` or ``serve --embedder hash`` adds a
deterministic one and makes recall hybrid). The routes are derived from the spec: every served
operation has a handler; one the spec gains without a handler answers 501 and is listed by
:func:`not_implemented_routes` (empty in this release). The daemon's own 501s of its default build
(``find_paths``, ``links/verify``) are answered with the daemon's body.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._config import VERSION, ManualClock, ServerConfig

if TYPE_CHECKING:
    from ._app import LocalApp
    from ._routes_table import not_implemented as not_implemented_routes
    from ._server import LocalServer, serve_forever, serve_in_thread
    from ._webhooks import signature as webhook_signature

# Lazy (PEP 562) so that the pytest11 entry point can load ``pytest_plugin`` without starlette/uvicorn
# installed; they are imported on first use of a server name.
_LAZY = {
    "LocalApp": ("._app", "LocalApp"),
    "LocalServer": ("._server", "LocalServer"),
    "serve_forever": ("._server", "serve_forever"),
    "serve_in_thread": ("._server", "serve_in_thread"),
    "not_implemented_routes": ("._routes_table", "not_implemented"),
    "webhook_signature": ("._webhooks", "signature"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        value = getattr(import_module(module, __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "VERSION",
    "LocalApp",
    "LocalServer",
    "ManualClock",
    "ServerConfig",
    "not_implemented_routes",
    "serve_forever",
    "serve_in_thread",
    "webhook_signature",
]

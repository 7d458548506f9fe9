"""The success envelope ``{ok: true, data, error: null, meta}``: the methods return the typed
``data``; its ``meta`` stays reachable through :func:`meta_of`.

``meta`` is kept beside the result rather than inside it, so results compare, dump and
re-serialise exactly as the server's ``data`` (no extra field appears in ``to_dict()``).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx
    from _memories_sh_api.models import Meta

    from agent_memory_sdk._runtime import Operation

__all__ = ["attach_meta", "decorate_result", "meta_of", "unwrap_success"]

_META: dict[int, Meta] = {}


def attach_meta(result: Any, meta: Meta | None) -> Any:
    """Remember ``meta`` for ``result`` (for as long as ``result`` lives) and return ``result``."""
    if meta is None or result is None:
        return result
    key = id(result)
    if key not in _META:
        try:
            weakref.finalize(result, _META.pop, key, None)
        except TypeError:  # not weak-referenceable (e.g. a plain dict): no meta for it
            return result
    _META[key] = meta
    return result


def meta_of(result: object) -> Meta | None:
    """The envelope ``meta`` of a result a client method returned, or None.

    ``meta.request_id`` (``requestId``), ``meta.version``, ``meta.endpoint`` and ``meta.timestamp``
    are the server's. Over the MCP transport the tool's meta is kept (``version``, ``timestamp``,
    ``tool`` as an extra) with ``request_id`` set to the JSON-RPC id the client generated and
    ``endpoint`` to the MCP path.

    Example::

        data = client.memories.add(content="Always run smoke tests")
        print(meta_of(data).request_id)
    """
    return _META.get(id(result))


def _is_envelope(body: Any) -> bool:
    return isinstance(body, Mapping) and "ok" in body and "data" in body and "meta" in body


def unwrap_success(operation: Operation, response: httpx.Response, body: Any) -> Any:
    """Check a 2xx envelope (the whole envelope is validated by its generated model)."""
    if _is_envelope(body) and body["ok"] is not True:
        raise ValueError("a success status with an envelope that is not ok")
    return body


def decorate_result(result: Any, operation: Operation, response: httpx.Response, body: Any) -> Any:
    """An envelope model becomes its typed ``data`` with the envelope's ``meta`` attached."""
    if not _is_envelope(body) or not hasattr(result, "data") or not hasattr(result, "meta"):
        return result
    return attach_meta(result.data, result.meta)

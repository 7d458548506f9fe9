"""The success envelope ``{ok: true, data, error: null, meta}``: the methods return the typed
``data``; its ``meta`` stays reachable through :func:`meta_of`.

The envelope is validated from the response bytes by the operation's generated envelope model
(one ``model_validate_json``, no Python-level ``json.loads``), then unwrapped here. ``meta`` is
kept beside the result rather than inside it, so results compare, dump and
re-serialise exactly as the server's ``data`` (no extra field appears in ``to_dict()``).
"""

from __future__ import annotations

import functools
import weakref
from typing import TYPE_CHECKING, Any

import pydantic

if TYPE_CHECKING:
    import httpx
    from _memories_sh_api.models import Meta

    from agent_memory_sdk._runtime import Operation

__all__ = ["attach_meta", "decorate_result", "meta_of"]

_META: dict[int, tuple[weakref.ref[Any], Meta]] = {}
"""``id(result)`` → (a weak reference to the result, its meta); an entry goes with its result."""


def attach_meta(result: Any, meta: Meta | None) -> Any:
    """Remember ``meta`` for ``result`` (for as long as ``result`` lives) and return ``result``."""
    if meta is None or result is None:
        return result
    key = id(result)
    try:
        ref = weakref.ref(result, functools.partial(_forget, key))
    except TypeError:  # not weak-referenceable (e.g. a plain dict): no meta for it
        return result
    _META[key] = (ref, meta)
    return result


def _forget(key: int, ref: weakref.ref[Any]) -> None:
    entry = _META.get(key)
    if entry is not None and entry[0] is ref:  # not a newer result that got the same id
        del _META[key]


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
    entry = _META.get(id(result))
    return entry[1] if entry is not None and entry[0]() is result else None


def decorate_result(result: Any, operation: Operation, response: httpx.Response, body: Any) -> Any:
    """An envelope model (validated straight from the response bytes) becomes its typed ``data``
    with the envelope's ``meta`` attached; a success status with ``ok`` not true is malformed."""
    fields = type(result).model_fields if isinstance(result, pydantic.BaseModel) else {}
    if "ok" not in fields or "data" not in fields or "meta" not in fields:
        return result
    if result.ok is not True and "ok" in result.model_fields_set:
        raise ValueError("a success status with an envelope that is not ok")
    if "data" not in result.model_fields_set:  # absent, or not an object: nothing typed to return
        raise ValueError("the envelope's data is missing or not of the documented kind")
    return attach_meta(result.data, result.meta)

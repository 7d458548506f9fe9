"""[H] request schemas of the routes added after the seed (the zod objects of their route files)."""

from __future__ import annotations

from typing import Any

from ._schemas import (
    MEMORY_TYPE,
    SCOPE,
    Invalid,
    array,
    boolean,
    enum,
    integer,
    obj,
    record,
    string,
)

_FILTERS = obj(
    {
        "types": (array(MEMORY_TYPE), False),
        "tags": (array(string(1, 128)), False),
        "olderThanDays": (integer(1), False),
        "pattern": (string(1, 500), False),
        "projectId": (string(1, 240), False),
        "all": (boolean(), False),
    }
)


def _filters(value: Any) -> dict[str, Any]:
    """The refine: all:true alone, or at least one content filter (projectId alone is not enough)."""
    parsed: dict[str, Any] = _FILTERS(value)
    for name in ("types", "tags"):
        if name in parsed and not parsed[name]:
            raise Invalid(f"{name} must not be empty")
    content = any(parsed.get(n) for n in ("types", "tags", "olderThanDays", "pattern"))
    if (parsed.get("all") and content) or (not parsed.get("all") and not content):
        raise Invalid("invalid filters")
    return parsed


BULK_FORGET = obj({"scope": (SCOPE, False), "filters": (_filters, True), "dryRun": (boolean(), False)})
VACUUM = obj({"scope": (SCOPE, False)})
_CONSOLIDATE = obj(
    {
        "scope": (SCOPE, False),
        "types": (array(MEMORY_TYPE), False),
        "includeGlobal": (boolean(), False),
        "globalOnly": (boolean(), False),
        "dryRun": (boolean(), False),
        "model": (string(1, 160), False),
    }
)


def CONSOLIDATE(value: Any) -> dict[str, Any]:
    parsed: dict[str, Any] = _CONSOLIDATE(value)
    if "types" in parsed and not parsed["types"]:
        raise Invalid("types must not be empty")
    return parsed


PROMOTE = obj(
    {
        "sessionId": (string(1, 120), True),
        "snapshotId": (string(1, 120), False),
        "path": (string(1, 400), True),
        "title": (string(1, 200), False),
        "procedureKey": (string(1, 120), False),
        "maxSteps": (integer(3, 20), False),
        "scope": (SCOPE, False),
    }
)
SESSION_START = obj(
    {
        "title": (string(1, 240), False),
        "client": (string(1, 120), False),
        "metadata": (record(), False),
        "scope": (SCOPE, False),
    }
)
SESSION_CHECKPOINT = obj(
    {
        "sessionId": (string(1, 120), True),
        "content": (string(1, 16_000), True),
        "role": (enum("user", "assistant", "tool"), False),
        "kind": (enum("message", "checkpoint", "summary", "event"), False),
        "tokenCount": (integer(0), False),
        "turnIndex": (integer(0), False),
        "isMeaningful": (boolean(), False),
        "scope": (SCOPE, False),
    }
)
SESSION_END = obj(
    {
        "sessionId": (string(1, 120), True),
        "status": (enum("closed", "compacted"), False),
        "scope": (SCOPE, False),
    }
)

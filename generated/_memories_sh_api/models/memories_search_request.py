"""Body of `POST /api/sdk/v1/memories/search`. Never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.context_strategy import ContextStrategy
from ..models.memory_layer import MemoryLayer
from ..models.memory_type import MemoryType
from ..types import BaseModel


class MemoriesSearchRequest(BaseModel):
    """Body of `POST /api/sdk/v1/memories/search`. Never send null."""

    query: str
    """The search query. Trimmed; 1..500 characters after trimming (empty → `400 INVALID_REQUEST`)."""

    type: MemoryType | None = None
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values."""

    layer: MemoryLayer | None = None
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`)."""

    strategy: ContextStrategy | None = None
    """Requested retrieval strategy for `context/get`. **[S]** accepts `baseline` (tiered recall)
    and `hybrid_graph` (adds graph expansion when enabled). `lexical`, `semantic` and `hybrid`
    are **[H] values** (with `baseline` → `lexical` and `hybrid_graph` → `hybrid` as
    aliases); an [S] server rejects them with `400 INVALID_REQUEST`."""

    limit: int = 10
    """Maximum number of results (1..50)."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "query": {
            "min_length": 1,
            "max_length": 500,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "limit": {"minimum": 1.0, "maximum": 50.0},
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402

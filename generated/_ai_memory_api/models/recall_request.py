"""Recall request. One of `context`, `query` or `q` is required. Unknown fields are ignored."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.confidence_tier import ConfidenceTier
from ..models.memory_kind import MemoryKind
from ..types import BaseModel


class RecallRequest(BaseModel):
    """Recall request. One of `context`, `query` or `q` is required. Unknown fields are ignored."""

    context: str | None = None
    """What to recall."""

    query: str | None = None
    """Alias of `context`."""

    q: str | None = None
    """Alias of `context`."""

    namespace: str | None = None
    """Only this namespace."""

    limit: int = 10
    """Maximum memories (0 means 10; values above 50 are capped)."""

    tags: str | None = None
    """Comma-separated tag filter."""

    since: str | None = None
    """Only memories created at or after this timestamp."""

    until: str | None = None
    """Only memories created at or before this timestamp."""

    as_agent: str | None = None
    """Must equal the caller when given."""

    budget_tokens: int | None = None
    """Token budget; adds `budget_tokens` and `meta` to the response."""

    session_default: bool | None = None
    """Splice in the daemon's `[agents.defaults.recall_scope]`."""

    has_citations: bool | None = None
    """Only memories with (true) or without (false) citations."""

    source_uri_prefix: str | None = None
    """Only memories whose `source_uri` starts with this prefix."""

    kinds: list[MemoryKind] | str | None = None
    """Memory kinds to include, as a comma-separated string or an array; `all` or an empty array means
    no filter."""

    session_id: str | None = None
    """Session id."""

    include_archived: bool | None = None
    """Also search archived memories."""

    confidence_tier: ConfidenceTier | None = None
    """Confidence band (confirmed >= 0.95, likely >= 0.7, else ambiguous)."""

    verbose_provenance: bool | None = None
    """Return the MCP-decorated memory shape."""

    format: str | None = None
    """Output format hint (HTTP always returns JSON)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace": {"max_length": 512},
        "limit": {"minimum": 0.0, "maximum": 50.0},
        "as_agent": {
            "max_length": 512,
            "pattern": "^\\s*(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+(?:/(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+){0,7}\\s*$",
        },
        "budget_tokens": {"minimum": 0.0, "maximum": 1.8446744073709552e19},
        "source_uri_prefix": {"max_length": 4096},
    }

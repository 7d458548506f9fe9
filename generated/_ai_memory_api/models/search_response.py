"""Search results."""

from __future__ import annotations

from ..types import BaseModel


class SearchResponse(BaseModel):
    """Search results."""

    results: list[Memory]
    """Matching memories."""

    count: int
    """Number of results."""

    query: str | None = None
    """The `q` that was searched (absent for a `source_uri`-only search)."""

    source_uri: str | None = None
    """The `source_uri` searched (source-URI-only search)."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402

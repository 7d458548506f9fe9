"""A citation of an external source."""

from __future__ import annotations

from ..types import BaseModel


class Citation(BaseModel):
    """A citation of an external source."""

    uri: str
    """Cited URI."""

    accessed_at: str
    """When the source was accessed (RFC 3339)."""

    hash: str | None = None
    """Content hash of the source. Omitted when unset."""

    span: SourceSpan | None = None
    """Byte range in the source document (`start` < `end`)."""


# Imported last: these models refer back to this one.
from ..models.source_span import SourceSpan  # noqa: E402

"""Result of a bulk create. There is no `ids` field."""

from __future__ import annotations

from ..types import BaseModel


class BulkCreateResponse(BaseModel):
    """Result of a bulk create. There is no `ids` field."""

    created: int
    """Rows created or upserted."""

    errors: list[str]
    """One sanitised message per failed row (strings, not objects)."""

"""The link to invalidate."""

from __future__ import annotations

from ..models.link_relation import LinkRelation
from ..types import BaseModel, DateTime


class KgInvalidateRequest(BaseModel):
    """The link to invalidate."""

    source_id: str
    """Source memory id."""

    target_id: str
    """Target memory id."""

    relation: LinkRelation
    """Relation of a link."""

    valid_until: DateTime | None = None
    """End of validity (default now)."""

"""The link to invalidate."""

from __future__ import annotations

from typing import Any, ClassVar

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

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "source_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "target_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
    }

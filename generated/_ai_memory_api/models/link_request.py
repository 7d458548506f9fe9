"""A link. Unknown keys are rejected with 400 (`from`, `to` and `rel_type` are accepted as aliases of
the three fields but are not modelled here)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.link_relation import LinkRelation
from ..types import BaseModel


class LinkRequest(BaseModel):
    """A link. Unknown keys are rejected with 400 (`from`, `to` and `rel_type` are accepted as aliases of
    the three fields but are not modelled here)."""

    source_id: str
    """Source memory id (must be owned by the caller)."""

    target_id: str
    """Target memory id (must differ from the source)."""

    relation: LinkRelation | None = None
    """Relation of a link."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "source_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "target_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
    }

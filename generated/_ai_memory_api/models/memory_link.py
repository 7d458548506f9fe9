"""A typed link between two memories. Optional fields are omitted when unset."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.attest_level import AttestLevel
from ..models.link_relation import LinkRelation
from ..types import BaseModel, DateTime


class MemoryLink(BaseModel):
    """A typed link between two memories. Optional fields are omitted when unset."""

    source_id: str
    """Source memory id."""

    target_id: str
    """Target memory id."""

    relation: LinkRelation
    """Relation of a link."""

    created_at: DateTime
    """Creation time."""

    signature: list[int] | None = None
    """Ed25519 signature bytes, serialised as an array of integers 0 to 255."""

    observed_by: str | None = None
    """Agent that observed or signed the link."""

    valid_from: DateTime | None = None
    """Start of the link's validity."""

    valid_until: DateTime | None = None
    """End of the link's validity (set by `kg_invalidate`)."""

    attest_level: AttestLevel | None = None
    """How a link or captured turn is attested."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "signature": {"items": {"minimum": 0.0, "maximum": 255.0}},
    }

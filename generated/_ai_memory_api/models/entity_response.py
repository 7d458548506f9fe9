"""A registered entity."""

from __future__ import annotations

from ..types import BaseModel


class EntityResponse(BaseModel):
    """A registered entity."""

    entity_id: str
    """Entity id (a memory id)."""

    canonical_name: str
    """Canonical name."""

    namespace: str
    """Namespace."""

    aliases: list[str]
    """Aliases."""

    created: bool
    """True when created by this call."""

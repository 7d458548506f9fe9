"""Alias lookup result. When nothing matches (or the entity is not visible to the caller) `found` is
false, the ids and names are `null` and `aliases` is empty."""

from __future__ import annotations

from ..types import BaseModel


class EntityByAliasResponse(BaseModel):
    """Alias lookup result. When nothing matches (or the entity is not visible to the caller) `found` is
    false, the ids and names are `null` and `aliases` is empty."""

    found: bool
    """Whether a visible entity has this alias."""

    entity_id: None | str
    """Entity id (a memory id), or `null`."""

    canonical_name: None | str
    """Canonical name, or `null`."""

    namespace: None | str
    """Entity namespace, or `null`."""

    aliases: list[str]
    """All aliases, the canonical name included."""

"""Alias lookup result; further keys describe the entity when found."""

from __future__ import annotations

from ..types import BaseModel


class EntityByAliasResponse(BaseModel):
    """Alias lookup result; further keys describe the entity when found."""

    found: bool
    """Whether an entity has this alias."""

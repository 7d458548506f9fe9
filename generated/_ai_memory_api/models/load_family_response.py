"""A family's memories."""

from __future__ import annotations

from ..types import BaseModel


class LoadFamilyResponse(BaseModel):
    """A family's memories."""

    family: str
    """Family."""

    namespace: None | str
    """Namespace used."""

    k: int
    """Limit used."""

    count: int
    """Number of memories."""

    memories: list[Memory]
    """The memories."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402

"""The memories with a `reflects_on` link to the given memory."""

from __future__ import annotations

from ..types import BaseModel


class MemoryDependentsResponse(BaseModel):
    """The memories with a `reflects_on` link to the given memory."""

    memory_id: str
    """The memory as sent."""

    count: int
    """Number of dependents."""

    dependents: list[ReflectionDependent]
    """The dependents (an unknown id gives none)."""


# Imported last: these models refer back to this one.
from ..models.reflection_dependent import ReflectionDependent  # noqa: E402

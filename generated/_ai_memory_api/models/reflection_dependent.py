"""A memory that reflects on the given one."""

from __future__ import annotations

from ..types import BaseModel


class ReflectionDependent(BaseModel):
    """A memory that reflects on the given one."""

    id: str
    """Its id."""

    namespace: str
    """Its namespace."""

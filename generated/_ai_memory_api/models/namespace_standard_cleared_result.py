"""The outcome of clearing a namespace standard."""

from __future__ import annotations

from ..types import BaseModel


class NamespaceStandardClearedResult(BaseModel):
    """The outcome of clearing a namespace standard."""

    cleared: bool
    """Whether a standard was set."""

    namespace: str
    """The namespace."""

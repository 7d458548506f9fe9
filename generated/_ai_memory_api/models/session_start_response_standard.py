"""The namespace standard, when exactly one applies."""

from __future__ import annotations

from ..types import BaseModel


class SessionStartResponseStandard(BaseModel):
    """The namespace standard, when exactly one applies."""

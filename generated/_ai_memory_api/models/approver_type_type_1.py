"""A specific agent approves."""

from __future__ import annotations

from ..types import BaseModel


class ApproverTypeType1(BaseModel):
    """A specific agent approves."""

    agent: str
    """Approving agent id."""

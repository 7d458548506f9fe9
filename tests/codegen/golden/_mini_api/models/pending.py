"""Pending approval."""

from __future__ import annotations

from typing import Literal

from ..types import BaseModel


class Pending(BaseModel):
    """Pending approval."""

    status: Literal["pending"]
    """Always pending."""

    pending_id: str
    """Id."""

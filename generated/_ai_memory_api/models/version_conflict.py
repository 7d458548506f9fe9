"""409 when `If-Match` does not match the stored version."""

from __future__ import annotations

from typing import Literal

from ..types import BaseModel


class VersionConflict(BaseModel):
    """409 when `If-Match` does not match the stored version."""

    status: Literal["conflict"]
    """Always `conflict`."""

    id: str
    """Memory id."""

    expected_version: int
    """Version sent in `If-Match`."""

    current_version: int
    """Stored version."""

    error: str
    """Message."""

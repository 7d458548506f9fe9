"""Identifies the link to verify."""

from __future__ import annotations

from ..types import BaseModel


class VerifyLinkRequest(BaseModel):
    """Identifies the link to verify."""

    source_id: str | None = None
    """Source memory id."""

    target_id: str | None = None
    """Target memory id."""

    link_id: str | None = None
    """Link id."""

    verification_nonce: str | None = None
    """Single-use nonce (a reused nonce gives 409)."""

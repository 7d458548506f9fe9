"""**[H] only**: one of several API keys."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class ManagementKeySummary(BaseModel):
    """**[H] only**: one of several API keys."""

    id: str | None = None
    """Key id (usable as `keyId` when revoking)."""

    key_preview: None | str = Field(default=None, alias="keyPreview")
    """Masked key."""

    created_at: Timestamp | None = Field(default=None, alias="createdAt")
    """Creation time."""

    expires_at: Timestamp | None = Field(default=None, alias="expiresAt")
    """Expiry time."""

    is_expired: bool | None = Field(default=None, alias="isExpired")
    """Whether the key has expired."""

"""Data of `POST /api/sdk/v1/management/keys`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class ManagementKeyCreated(BaseModel):
    """Data of `POST /api/sdk/v1/management/keys`."""

    api_key: str = Field(alias="apiKey", repr=False)
    """The new plaintext key (`mem_` + 64 lowercase hex); shown only once (an attribute, left out of
    `repr`)."""

    key_preview: str = Field(alias="keyPreview")
    """Masked key."""

    created_at: Timestamp = Field(alias="createdAt")
    """Creation time (ISO string)."""

    expires_at: Timestamp = Field(alias="expiresAt")
    """Expiry time (ISO string)."""

    message: str
    """`Save this key - it won't be shown again`."""

    key_id: str | None = Field(default=None, alias="keyId")
    """**[H] only**: id of the new key."""

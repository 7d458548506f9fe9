"""Data of `GET /api/sdk/v1/management/keys`: `{hasKey: false}` when the account has no key,
otherwise the key's preview and dates."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class ManagementKeyStatus(BaseModel):
    """Data of `GET /api/sdk/v1/management/keys`: `{hasKey: false}` when the account has no key,
    otherwise the key's preview and dates."""

    has_key: bool = Field(alias="hasKey")
    """Whether the account has an API key."""

    key_preview: None | str = Field(default=None, alias="keyPreview")
    """First 12 characters + 20 `*` + last 4 characters of the key."""

    created_at: Timestamp | None = Field(default=None, alias="createdAt")
    """Creation time, or null."""

    expires_at: Timestamp | None = Field(default=None, alias="expiresAt")
    """Expiry time, or null."""

    is_expired: bool | None = Field(default=None, alias="isExpired")
    """Whether the key has expired (true when there is no expiry)."""

    key_count: int | None = Field(default=None, alias="keyCount")
    """**[H] only**: number of keys."""

    active_key_count: int | None = Field(default=None, alias="activeKeyCount")
    """**[H] only**: number of unexpired keys."""

    keys_: list[ManagementKeySummary] | None = Field(default=None, alias="keys")
    """**[H] only**: all keys."""


# Imported last: these models refer back to this one.
from ..models.management_key_summary import ManagementKeySummary  # noqa: E402

"""Data of `DELETE /api/sdk/v1/management/keys`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ManagementKeyRevoked(BaseModel):
    """Data of `DELETE /api/sdk/v1/management/keys`."""

    ok: bool
    """Always true."""

    revoked_count: int | None = Field(default=None, alias="revokedCount")
    """**[H] only**: number of revoked keys."""

    revoked_key_id: None | str = Field(default=None, alias="revokedKeyId")
    """**[H] only**: the `keyId` that was revoked, or null when all keys were."""

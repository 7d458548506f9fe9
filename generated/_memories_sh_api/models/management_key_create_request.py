"""Body of `POST /api/sdk/v1/management/keys`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ManagementKeyCreateRequest(BaseModel):
    """Body of `POST /api/sdk/v1/management/keys`."""

    expires_at: str = Field(alias="expiresAt")
    """Expiry of the new key as an ISO date-time string; must be more than 1 minute and at most
    365 days in the future."""

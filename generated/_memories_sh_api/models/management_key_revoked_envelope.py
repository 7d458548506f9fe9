"""Success envelope of `DELETE /api/sdk/v1/management/keys`."""

from __future__ import annotations

from ..types import BaseModel


class ManagementKeyRevokedEnvelope(BaseModel):
    """Success envelope of `DELETE /api/sdk/v1/management/keys`."""

    ok: bool
    """Always true on success."""

    data: ManagementKeyRevoked
    """Data of `DELETE /api/sdk/v1/management/keys`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.management_key_revoked import ManagementKeyRevoked  # noqa: E402
from ..models.meta import Meta  # noqa: E402

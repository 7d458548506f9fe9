"""Success envelope of `GET /api/sdk/v1/management/keys`."""

from __future__ import annotations

from ..types import BaseModel


class ManagementKeyStatusEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/management/keys`."""

    ok: bool
    """Always true on success."""

    data: ManagementKeyStatus
    """Data of `GET /api/sdk/v1/management/keys`: `{hasKey: false}` when the account has no key,
    otherwise the key's preview and dates."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.management_key_status import ManagementKeyStatus  # noqa: E402
from ..models.meta import Meta  # noqa: E402

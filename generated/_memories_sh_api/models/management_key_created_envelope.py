"""Success envelope of `POST /api/sdk/v1/management/keys`."""

from __future__ import annotations

from ..types import BaseModel


class ManagementKeyCreatedEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/management/keys`."""

    ok: bool
    """Always true on success."""

    data: ManagementKeyCreated
    """Data of `POST /api/sdk/v1/management/keys`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.management_key_created import ManagementKeyCreated  # noqa: E402
from ..models.meta import Meta  # noqa: E402

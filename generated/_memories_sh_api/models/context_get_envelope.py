"""Success envelope of `POST /api/sdk/v1/context/get`."""

from __future__ import annotations

from ..types import BaseModel


class ContextGetEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/context/get`."""

    ok: bool
    """Always true on success."""

    data: ContextGetData
    """Data of `POST /api/sdk/v1/context/get`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.context_get_data import ContextGetData  # noqa: E402
from ..models.meta import Meta  # noqa: E402

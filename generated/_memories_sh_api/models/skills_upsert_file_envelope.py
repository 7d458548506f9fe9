"""Success envelope of `POST /api/sdk/v1/skills/files/upsert (HTTP 201 or 200)`."""

from __future__ import annotations

from ..types import BaseModel


class SkillsUpsertFileEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/skills/files/upsert (HTTP 201 or 200)`."""

    ok: bool
    """Always true on success."""

    data: SkillsUpsertFileData
    """Data of `POST /api/sdk/v1/skills/files/upsert`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.skills_upsert_file_data import SkillsUpsertFileData  # noqa: E402

"""Success envelope of `POST /api/sdk/v1/skills/files/delete`."""

from __future__ import annotations

from ..types import BaseModel


class SkillsDeleteFileEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/skills/files/delete`."""

    ok: bool
    """Always true on success."""

    data: SkillsDeleteFileData
    """Data of `POST /api/sdk/v1/skills/files/delete`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.skills_delete_file_data import SkillsDeleteFileData  # noqa: E402

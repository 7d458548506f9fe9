"""Success envelope of `POST /api/sdk/v1/skills/files/promote`."""

from __future__ import annotations

from ..types import BaseModel


class SkillsPromoteFileEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/skills/files/promote`."""

    ok: bool
    """Always true on success."""

    data: SkillsPromoteFileData
    """Data of `POST /api/sdk/v1/skills/files/promote`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.skills_promote_file_data import SkillsPromoteFileData  # noqa: E402

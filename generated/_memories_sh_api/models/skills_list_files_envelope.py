"""Success envelope of `POST /api/sdk/v1/skills/files/list`."""

from __future__ import annotations

from ..types import BaseModel


class SkillsListFilesEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/skills/files/list`."""

    ok: bool
    """Always true on success."""

    data: SkillsListFilesData
    """Data of `POST /api/sdk/v1/skills/files/list`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.skills_list_files_data import SkillsListFilesData  # noqa: E402

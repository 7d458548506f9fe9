"""The skill to register: `inline_skill` or `folder_path` (one is required, else 400)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SkillRegisterRequest(BaseModel):
    """The skill to register: `inline_skill` or `folder_path` (one is required, else 400)."""

    inline_skill: str | None = None
    """Full text of a `SKILL.md` (YAML front matter with `namespace`, `name`, `description`, then the
    body)."""

    folder_path: str | None = None
    """Directory on the daemon host holding `SKILL.md` and optionally `resources/` (used when given,
    before `inline_skill`)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }

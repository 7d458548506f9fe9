"""What to share."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ShareRequest(BaseModel):
    """What to share."""

    source_memory_id: str
    """Memory to share."""

    target_agent_id: str
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "source_memory_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$",
        },
        "target_agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }

"""An entity to register."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class RegisterEntityRequest(BaseModel):
    """An entity to register."""

    canonical_name: str
    """Canonical name (title rules: non-blank after trimming, at most 512 characters, no control
    characters but newline and tab)."""

    namespace: str
    """Namespace."""

    aliases: list[str] | None = None
    """Alternative names."""

    metadata: RegisterEntityRequestMetadata | None = None
    """Metadata merged onto the entity memory (`kind` is forced to `entity`; `agent_id` is kept when
    given here)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "canonical_name": {
            "min_length": 1,
            "max_length": 512,
            "pattern": "^(?=[\\s\\S]*\\S)[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$",
        },
        "namespace": {
            "max_length": 512,
            "pattern": "^\\s*(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+(?:/(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+){0,7}\\s*$",
        },
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }


# Imported last: these models refer back to this one.
from ..models.register_entity_request_metadata import RegisterEntityRequestMetadata  # noqa: E402

"""Identifies the link to verify."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class VerifyLinkRequest(BaseModel):
    """Identifies the link to verify."""

    source_id: str | None = None
    """Source memory id."""

    target_id: str | None = None
    """Target memory id."""

    link_id: str | None = None
    """Canonical link id `"<source_id>|<target_id>|<relation>"` (alternative to `source_id`)."""

    verification_nonce: str | None = None
    """Fresh nonce (e.g. a UUID v4) per call; a repeated `(link, nonce)` pair gives 409 on `sal`
    builds."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "source_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "target_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
    }

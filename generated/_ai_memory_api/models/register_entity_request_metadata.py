"""Metadata merged onto the entity memory (`kind` is forced to `entity`; `agent_id` is kept when given
here)."""

from __future__ import annotations

from ..types import OpenModel


class RegisterEntityRequestMetadata(OpenModel):
    """Metadata merged onto the entity memory (`kind` is forced to `entity`; `agent_id` is kept when given
    here)."""

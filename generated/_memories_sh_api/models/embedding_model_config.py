"""The embedding model a write in the scope would use, and why."""

from __future__ import annotations

from pydantic import Field

from ..models.embedding_model_source import EmbeddingModelSource
from ..types import BaseModel


class EmbeddingModelConfig(BaseModel):
    """The embedding model a write in the scope would use, and why."""

    selected_model_id: str = Field(alias="selectedModelId")
    """The selected model."""

    source: EmbeddingModelSource
    """**[H]** where the embedding model used for a write came from."""

    workspace_default_model_id: None | str = Field(alias="workspaceDefaultModelId")
    """The workspace default, or null."""

    project_override_model_id: None | str = Field(alias="projectOverrideModelId")
    """The project override, or null."""

    allowlist_model_ids: list[str] = Field(alias="allowlistModelIds")
    """The workspace allowlist (empty = every catalog model)."""

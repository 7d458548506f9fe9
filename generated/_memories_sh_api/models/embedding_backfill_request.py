"""Body of `POST /api/sdk/v1/management/embeddings/backfill`. All fields optional; never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.embedding_backfill_request_action import EmbeddingBackfillRequestAction
from ..types import BaseModel


class EmbeddingBackfillRequest(BaseModel):
    """Body of `POST /api/sdk/v1/management/embeddings/backfill`. All fields optional; never send null."""

    action: EmbeddingBackfillRequestAction = EmbeddingBackfillRequestAction.RUN
    """Run one batch, or pause / resume the backfill."""

    tenant_id: str | None = Field(default=None, alias="tenantId")
    """Tenant database (default the workspace database). Trimmed; 1..120."""

    project_id: str | None = Field(default=None, alias="projectId")
    """Project. Trimmed; 1..240."""

    user_id: str | None = Field(default=None, alias="userId")
    """User. Trimmed; 1..120."""

    model_id: str | None = Field(default=None, alias="modelId")
    """Model (default the scope's selected model). Trimmed; 1..160."""

    batch_limit: int | None = Field(default=None, alias="batchLimit")
    """Memories to scan in this batch."""

    throttle_ms: int | None = Field(default=None, alias="throttleMs")
    """Pause between jobs in milliseconds."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "tenant_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "project_id": {
            "min_length": 1,
            "max_length": 240,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "user_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "model_id": {
            "min_length": 1,
            "max_length": 160,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "batch_limit": {"minimum": 1.0, "maximum": 10000.0},
        "throttle_ms": {"minimum": 0.0, "maximum": 5000.0},
    }

"""Data of `POST /api/sdk/v1/management/embeddings/backfill` (`batch` only for `run`)."""

from __future__ import annotations

from ..models.embedding_backfill_action_data_action import (
    EmbeddingBackfillActionDataAction,
)
from ..types import BaseModel


class EmbeddingBackfillActionData(BaseModel):
    """Data of `POST /api/sdk/v1/management/embeddings/backfill` (`batch` only for `run`)."""

    action: EmbeddingBackfillActionDataAction
    """The action taken."""

    status: EmbeddingBackfillStatus
    """Progress of the embedding backfill of one scope."""

    batch: EmbeddingBackfillBatch | None = None
    """What one `run` did."""


# Imported last: these models refer back to this one.
from ..models.embedding_backfill_batch import EmbeddingBackfillBatch  # noqa: E402
from ..models.embedding_backfill_status import EmbeddingBackfillStatus  # noqa: E402

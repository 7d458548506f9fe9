"""Data of `POST /api/sdk/v1/memories/add`."""

from __future__ import annotations

from pydantic import Field

from ..models.embedding_model_source import EmbeddingModelSource
from ..types import BaseModel


class MemoriesAddData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/add`."""

    id: str
    """The new memory's id (12 lowercase hex characters)."""

    message: str
    """Summary such as `Stored rule (global): <content ≤ 80 chars…>` or
    `Stored rule (project:<last path segment of projectId>): …`."""

    memory: Memory
    """A memory record (`StructuredMemory`). All keys are always present except `graph`.
    Timestamps are strings in **two formats**: ISO `YYYY-MM-DDTHH:MM:SS.sssZ` for rows written
    by the service, and SQLite `YYYY-MM-DD HH:MM:SS` (UTC, no zone) for rows created by
    database defaults or the CLI; they therefore carry `format: timestamp` (this spec's
    format for "RFC 3339, or SQL `YYYY-MM-DD HH:MM:SS` in UTC") rather than `date-time`, and
    must be parsed leniently."""

    embedding_model: None | str = Field(default=None, alias="embeddingModel")
    """**[H] only**: embedding model used, or null."""

    embedding_model_source: EmbeddingModelSource | None = Field(default=None, alias="embeddingModelSource")
    """**[H] only**: where the embedding model came from, or null."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402

"""Data of `POST /api/sdk/v1/memories/consolidate`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class MemoriesConsolidateData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/consolidate`."""

    run_id: str = Field(alias="runId")
    """The run id."""

    message: str
    """`[Dry-run ]consolidation run <id> completed`."""

    run: ConsolidationRun
    """A recorded consolidation run."""

    winner_memory_ids: list[str] = Field(alias="winnerMemoryIds")
    """The kept memory of each merged group."""

    superseded_memory_ids: list[str] = Field(alias="supersededMemoryIds")
    """The superseded memories."""


# Imported last: these models refer back to this one.
from ..models.consolidation_run import ConsolidationRun  # noqa: E402

"""A recent graph error or warning."""

from __future__ import annotations

from ..types import BaseModel, Timestamp


class GraphRecentError(BaseModel):
    """A recent graph error or warning."""

    code: str
    """`GRAPH_ROLLOUT_STATE_UNAVAILABLE`, `GRAPH_SCHEMA_MISSING`, `GRAPH_MAPPING_SYNC_FAILED`,
    `GRAPH_MAPPING_CLEANUP_FAILED`, `GRAPH_MAPPING_SYNC_UNAVAILABLE`,
    `ORPHAN_NODES_DETECTED`, `EXPIRED_EDGES_PRESENT`, or an alarm code."""

    message: str
    """Human-readable message."""

    source: str
    """`rollout`, `schema`, `mapping`, `consistency`, `ttl` or `alarm`."""

    timestamp: Timestamp
    """When it happened (ISO string)."""

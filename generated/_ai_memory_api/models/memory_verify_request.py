"""Params of the MCP `memory_verify` tool: `link_id`, or `source_id` and `target_id` (and `relation`)."""

from __future__ import annotations

from ..models.link_relation import LinkRelation
from ..types import BaseModel


class MemoryVerifyRequest(BaseModel):
    """Params of the MCP `memory_verify` tool: `link_id`, or `source_id` and `target_id` (and `relation`)."""

    link_id: str | None = None
    """`<source_id>--<relation>--><target_id>`; wins over the other fields."""

    source_id: str | None = None
    """Source of the link (required without `link_id`)."""

    target_id: str | None = None
    """Target of the link (required without `link_id`)."""

    relation: LinkRelation | None = None
    """Relation of a link."""

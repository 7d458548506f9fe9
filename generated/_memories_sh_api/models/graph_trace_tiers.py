"""Memory ids per tier (null ids are left out)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class GraphTraceTiers(BaseModel):
    """Memory ids per tier (null ids are left out)."""

    rule_ids: list[str] = Field(alias="ruleIds")
    """Ids of the returned rules."""

    working_ids: list[str] = Field(alias="workingIds")
    """Ids of the working memories."""

    long_term_ids: list[str] = Field(alias="longTermIds")
    """Ids of the long-term memories."""

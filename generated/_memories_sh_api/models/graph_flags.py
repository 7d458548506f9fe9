"""Server feature flags for the graph (all off by default)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class GraphFlags(BaseModel):
    """Server feature flags for the graph (all off by default)."""

    mapping_enabled: bool = Field(alias="mappingEnabled")
    """`GRAPH_MAPPING_ENABLED`."""

    retrieval_enabled: bool = Field(alias="retrievalEnabled")
    """`GRAPH_RETRIEVAL_ENABLED`."""

    llm_extraction_enabled: bool = Field(alias="llmExtractionEnabled")
    """`GRAPH_LLM_EXTRACTION_ENABLED`."""

"""Free-form metadata (an object of at most 65536 bytes serialised, nesting depth at most 32).
`metadata.agent_id`, if given, must equal the caller."""

from __future__ import annotations

from ..types import OpenModel


class CreateMemoryMetadata(OpenModel):
    """Free-form metadata (an object of at most 65536 bytes serialised, nesting depth at most 32).
    `metadata.agent_id`, if given, must equal the caller."""

"""A memory reached through an outbound link."""

from __future__ import annotations

from ..types import BaseModel


class KgQueryNode(BaseModel):
    """A memory reached through an outbound link."""

    target_id: str
    """Reached memory id."""

    relation: str
    """Relation of the last link."""

    title: str
    """Reached memory's title."""

    target_namespace: str
    """Reached memory's namespace."""

    depth: int
    """Hops from the source (1..5)."""

    path: str
    """The chain of ids from the source, joined by `->`."""

    valid_from: None | str = None
    """Start of the link's validity, or `null`."""

    valid_until: None | str = None
    """End of the link's validity, or `null`."""

    observed_by: None | str = None
    """Agent that observed the link, or `null`."""

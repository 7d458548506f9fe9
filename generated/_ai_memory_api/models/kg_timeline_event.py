"""One outbound link of the source, with its validity window and the target's title."""

from __future__ import annotations

from ..types import BaseModel


class KgTimelineEvent(BaseModel):
    """One outbound link of the source, with its validity window and the target's title."""

    target_id: str
    """Target memory id."""

    relation: str
    """Link relation."""

    valid_from: str
    """Start of validity (RFC 3339)."""

    title: str
    """Target memory's title."""

    target_namespace: str
    """Target memory's namespace."""

    valid_until: None | str = None
    """End of validity, or `null` while the link is valid."""

    observed_by: None | str = None
    """Agent that observed the link, or `null`."""

"""Namespaces sorted by count, descending (non-expired memories only)."""

from __future__ import annotations

from ..types import BaseModel


class NamespaceList(BaseModel):
    """Namespaces sorted by count, descending (non-expired memories only)."""

    namespaces: list[NamespaceCount]
    """The namespaces."""


# Imported last: these models refer back to this one.
from ..models.namespace_count import NamespaceCount  # noqa: E402

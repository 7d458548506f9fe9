"""A namespace standard (MCP `memory_namespace_get_standard`). Without `inherit`:
`{namespace, standard_id, title, content, priority, governance}` (`standard_id: null` when
no standard is set, `warning` when the standard memory was deleted). With `inherit=true`:
`{namespace, chain, standards, count}`."""

from __future__ import annotations

from ..types import BaseModel


class NamespaceStandard(BaseModel):
    """A namespace standard (MCP `memory_namespace_get_standard`). Without `inherit`:
    `{namespace, standard_id, title, content, priority, governance}` (`standard_id: null` when
    no standard is set, `warning` when the standard memory was deleted). With `inherit=true`:
    `{namespace, chain, standards, count}`."""

    namespace: str
    """The namespace asked about."""

    standard_id: None | str = None
    """Id of the standard memory, `null` when none is set."""

    title: str | None = None
    """Title of the standard memory."""

    content: str | None = None
    """Content of the standard memory."""

    priority: int | None = None
    """Priority of the standard memory."""

    governance: GovernancePolicy | None = None
    """The namespace's governance policy, or `null`."""

    warning: str | None = None
    """Set when the standard memory no longer exists."""

    chain: list[str] | None = None
    """Namespaces from the root to this one (with `inherit`)."""

    standards: list[OpenObject] | None = None
    """The standards along the chain (with `inherit`)."""

    count: int | None = None
    """Number of standards (with `inherit`)."""


# Imported last: these models refer back to this one.
from ..models.governance_policy import GovernancePolicy  # noqa: E402
from ..models.open_object import OpenObject  # noqa: E402

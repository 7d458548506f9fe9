"""The standard that was set."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class NamespaceStandardSetResult(BaseModel):
    """The standard that was set."""

    set_: bool = Field(alias="set")
    """Always `true`."""

    namespace: str
    """The namespace."""

    standard_id: str
    """Id of the standard memory."""

    parent: str | None = None
    """The parent namespace, when given."""

    governance: GovernancePolicy | None = None
    """A namespace governance policy (core policy; other optional sub-policies are flattened in and
    kept as extra keys)."""


# Imported last: these models refer back to this one.
from ..models.governance_policy import GovernancePolicy  # noqa: E402

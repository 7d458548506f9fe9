"""A namespace governance policy (core policy; other optional sub-policies are flattened in and kept as
extra keys)."""

from __future__ import annotations

from typing import Literal

from ..models.governance_level import GovernanceLevel
from ..types import BaseModel


class GovernancePolicy(BaseModel):
    """A namespace governance policy (core policy; other optional sub-policies are flattened in and kept as
    extra keys)."""

    write: GovernanceLevel
    """Who may perform a governed action."""

    promote: GovernanceLevel | None = None
    """Who may perform a governed action."""

    delete: GovernanceLevel | None = None
    """Who may perform a governed action."""

    approver: ApproverTypeType1 | ApproverTypeType2 | Literal["human"] | None = None
    """Who approves a governed action: `"human"`, `{"agent": "<id>"}` or `{"consensus": <n>}`."""

    inherit: bool = True
    """Whether child namespaces inherit the policy."""


# Imported last: these models refer back to this one.
from ..models.approver_type_type_1 import ApproverTypeType1  # noqa: E402
from ..models.approver_type_type_2 import ApproverTypeType2  # noqa: E402

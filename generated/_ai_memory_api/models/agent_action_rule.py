"""One agent-action governance rule."""

from __future__ import annotations

from ..models.agent_action_rule_severity import AgentActionRuleSeverity
from ..types import BaseModel


class AgentActionRule(BaseModel):
    """One agent-action governance rule."""

    id: str
    """Rule id."""

    kind: str
    """Action kind it applies to."""

    matcher: str
    """The matcher, as JSON text (e.g. `{"glob":"/tmp/**"}`)."""

    severity: AgentActionRuleSeverity
    """Outcome when it matches."""

    reason: str
    """Why."""

    namespace: str
    """Namespace it applies to (`_global` for all)."""

    created_by: str
    """Who created it (`system:seed` for the seed rules)."""

    created_at: int
    """Creation time, Unix seconds."""

    enabled: bool
    """Whether it is enabled."""

    signature_b64: None | str
    """URL-safe base64 (no padding) operator signature, or `null`."""

    attest_level: str
    """`unsigned` or `operator_signed`."""

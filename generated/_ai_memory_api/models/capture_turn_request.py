"""A conversation turn. Unknown fields are ignored."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel, DateTime


class CaptureTurnRequest(BaseModel):
    """A conversation turn. Unknown fields are ignored."""

    host_session_id: str
    """Host session id; with `host_turn_index` the dedup key."""

    host_turn_index: int
    """Turn counter within the session, from 0 by convention (the daemon does not check it)."""

    role: str
    """`user`, `assistant`, `tool_use`, `tool_result`, `system` or `other`."""

    content: str
    """Verbatim turn text (not blank; no control characters but newline and tab)."""

    host_kind: str | None = None
    """Host implementation (e.g. `claude-code`); default `unknown`."""

    host_version: str | None = None
    """Host version."""

    tool_calls: list[ToolCallSummary] | None = None
    """Tool calls of the turn."""

    timestamp_iso: DateTime | None = None
    """When the host emitted the turn (used as `created_at`)."""

    host_signature_b64: str | None = None
    """Ed25519 signature over the turn's canonical bytes."""

    host_pubkey_b64: str | None = None
    """Enrolled Ed25519 public key to verify the signature with."""

    namespace: str | None = None
    """Target namespace."""

    metadata: CaptureTurnRequestMetadata | None = None
    """Extra metadata."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "content": {"min_length": 1, "pattern": "^(?=[\\s\\S]*\\S)[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$"},
        "namespace": {
            "max_length": 512,
            "pattern": "^\\s*(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+(?:/(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+){0,7}\\s*$",
        },
    }


# Imported last: these models refer back to this one.
from ..models.capture_turn_request_metadata import CaptureTurnRequestMetadata  # noqa: E402
from ..models.tool_call_summary import ToolCallSummary  # noqa: E402

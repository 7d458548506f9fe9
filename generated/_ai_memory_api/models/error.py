"""The daemon's JSON error envelope. Always has `error`; other keys depend on the error."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class Error(BaseModel):
    """The daemon's JSON error envelope. Always has `error`; other keys depend on the error."""

    error: str
    """Human-readable message (or a token such as `unknown_field`, `invalid_relation`,
    `quorum_not_met`)."""

    code: str | None = None
    """Machine-readable code, e.g. `CONFLICT`, `QUOTA_EXCEEDED`, `GOVERNANCE_REFUSED`,
    `ATTESTATION_FAILED`, `NOT_FOUND`, `VALIDATION_FAILED`."""

    fields_: list[str] | None = Field(default=None, alias="fields")
    """Offending body fields (missing or unknown)."""

    existing_id: str | None = None
    """Id of the conflicting memory."""

    hint: str | None = None
    """How to fix the request."""

    owner: str | None = None
    """Owner of the memory (ownership errors)."""

    caller: str | None = None
    """Resolved caller (ownership errors)."""

    got: str | None = None
    """The rejected value (`invalid_relation` of `POST /api/v1/links`)."""

    allowed: list[str] | None = None
    """The accepted values (`invalid_relation` of `POST /api/v1/links`)."""

    message: str | None = None
    """Additional detail."""

    found: bool | None = None
    """Always false, on the knowledge-graph 404s (`kg/timeline`, `kg/invalidate`)."""

    claimed: str | None = None
    """The `sender_agent_id` a federation push claimed (403 of `sync/push`)."""

    peer_header: str | None = None
    """The `X-Peer-Id` it came with, empty when missing (403 of `sync/push`)."""

    note: str | None = None
    """How an operator can resolve the refusal (federation errors)."""

    source_id: str | None = None
    """The source memory id that was not found (404 of `link`)."""

    target_id: str | None = None
    """The target memory id that was not found (404 of `link`)."""

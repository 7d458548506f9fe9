"""Create a memory — ``POST /api/v1/memories``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="store",
    method="POST",
    path="/api/v1/memories",
    package="_ai_memory_api",
    responses={
        201: "models.create_memory_response:CreateMemoryResponse",
        202: "models.governance_pending:GovernancePending",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        409: "models.conflict_error:ConflictError",
        429: "models.quota_exceeded:QuotaExceeded",
        500: "models.error:Error",
        503: "models.quorum_not_met:QuorumNotMet",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.create_memory:CreateMemory",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("title", "body", "title"),
        ("content", "body", "content"),
        ("tier", "body", "tier"),
        ("namespace", "body", "namespace"),
        ("tags", "body", "tags"),
        ("priority", "body", "priority"),
        ("confidence", "body", "confidence"),
        ("source", "body", "source"),
        ("expires_at", "body", "expires_at"),
        ("ttl_secs", "body", "ttl_secs"),
        ("metadata", "body", "metadata"),
        ("agent_id", "body", "agent_id"),
        ("scope", "body", "scope"),
        ("on_conflict", "body", "on_conflict"),
        ("detect_conflicts", "body", "detect_conflicts"),
        ("force", "body", "force"),
        ("citations", "body", "citations"),
        ("source_uri", "body", "source_uri"),
        ("source_span", "body", "source_span"),
        ("kind", "body", "kind"),
        ("signature", "body", "signature"),
        ("created_at", "body", "created_at"),
    ),
    body="object",
)

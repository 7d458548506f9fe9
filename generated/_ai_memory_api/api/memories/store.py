"""Create a memory — ``POST /api/v1/memories``."""

from ...types import Operation

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

"""Promote a memory to the long tier — ``POST /api/v1/memories/{id}/promote``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="promote",
    method="POST",
    path="/api/v1/memories/{id}/promote",
    package="_ai_memory_api",
    responses={
        200: "models.promote_response:PromoteResponse",
        202: "models.governance_pending:GovernancePending",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        503: "models.quorum_not_met:QuorumNotMet",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"positional": ["id"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"), ("agent_id", "header", "X-Agent-Id")),
)

"""Delete a memory — ``DELETE /api/v1/memories/{id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="delete",
    method="DELETE",
    path="/api/v1/memories/{id}",
    package="_ai_memory_api",
    responses={
        200: "models.delete_memory_response:DeleteMemoryResponse",
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

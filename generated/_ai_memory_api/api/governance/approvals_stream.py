"""Stream approval events (SSE) — ``GET /api/v1/approvals/stream``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="approvals_stream",
    method="GET",
    path="/api/v1/approvals/stream",
    package="_ai_memory_api",
    responses={
        200: "text",
        401: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"),),
)

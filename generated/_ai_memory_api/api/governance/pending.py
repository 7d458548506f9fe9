"""List pending governance actions — ``GET /api/v1/pending``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="pending",
    method="GET",
    path="/api/v1/pending",
    package="_ai_memory_api",
    responses={
        200: "models.pending_list_response:PendingListResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("status", "query", "status"),
        ("namespace", "query", "namespace"),
        ("limit", "query", "limit"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)

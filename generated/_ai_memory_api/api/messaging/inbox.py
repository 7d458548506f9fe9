"""Read an inbox — ``GET /api/v1/inbox``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="inbox",
    method="GET",
    path="/api/v1/inbox",
    package="_ai_memory_api",
    responses={
        200: "models.inbox_response:InboxResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "query", "agent_id"),
        ("unread_only", "query", "unread_only"),
        ("limit", "query", "limit"),
        ("agent_id", "hidden", "X-Agent-Id"),
    ),
)

"""List dead-lettered deliveries (MCP `memory_subscription_dlq_list`) — ``POST /api/v1/memory_subscription_dlq_list``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_subscription_dlq_list",
    method="POST",
    path="/api/v1/memory_subscription_dlq_list",
    package="_ai_memory_api",
    responses={
        200: "models.memory_subscription_dlq_list_response:MemorySubscriptionDlqListResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_subscription_dlq_list_request:MemorySubscriptionDlqListRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("subscription_id", "body", "subscription_id"),
        ("limit", "body", "limit"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)

"""Replay webhook deliveries (MCP `memory_subscription_replay`) — ``POST /api/v1/memory_subscription_replay``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_subscription_replay",
    method="POST",
    path="/api/v1/memory_subscription_replay",
    package="_ai_memory_api",
    responses={
        200: "models.memory_subscription_replay_response:MemorySubscriptionReplayResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_subscription_replay_request:MemorySubscriptionReplayRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("subscription_id", "body", "subscription_id"),
        ("since", "body", "since"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)

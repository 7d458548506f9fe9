"""List webhook subscriptions — ``GET /api/v1/subscriptions``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="subscriptions",
    method="GET",
    path="/api/v1/subscriptions",
    package="_ai_memory_api",
    responses={
        200: "models.subscriptions_response:SubscriptionsResponse",
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
    arguments=(("agent_id", "query", "agent_id"), ("agent_id", "hidden", "X-Agent-Id")),
)

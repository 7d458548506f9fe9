"""Create a webhook subscription — ``POST /api/v1/subscriptions``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="subscribe",
    method="POST",
    path="/api/v1/subscriptions",
    package="_ai_memory_api",
    responses={
        201: "models.subscription_created:SubscriptionCreated",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.subscribe_request:SubscribeRequest",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"body_arg": "request", "csv": ["events"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("url", "body", "url"),
        ("events", "body", "events"),
        ("secret", "body", "secret"),
        ("namespace_filter", "body", "namespace_filter"),
        ("agent_filter", "body", "agent_filter"),
        ("namespace", "body", "namespace"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
    body_arg="request",
)

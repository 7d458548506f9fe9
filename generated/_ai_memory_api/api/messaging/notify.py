"""Send a message to an agent — ``POST /api/v1/notify``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="notify",
    method="POST",
    path="/api/v1/notify",
    package="_ai_memory_api",
    responses={
        201: "models.notify_response:NotifyResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        503: "models.quorum_not_met:QuorumNotMet",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.notify_request:NotifyRequest",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"body_arg": "request"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("target_agent_id", "body", "target_agent_id"),
        ("title", "body", "title"),
        ("payload", "body", "payload"),
        ("content", "body", "content"),
        ("priority", "body", "priority"),
        ("tier", "body", "tier"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
    body_arg="request",
)

"""Share a memory with an agent — ``POST /api/v1/share``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="share",
    method="POST",
    path="/api/v1/share",
    package="_ai_memory_api",
    responses={
        200: "models.share_response:ShareResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.share_request:ShareRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("source_memory_id", "body", "source_memory_id"),
        ("target_agent_id", "body", "target_agent_id"),
    ),
    body="object",
)

"""Start a session — ``POST /api/v1/session/start``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="session_start",
    method="POST",
    path="/api/v1/session/start",
    package="_ai_memory_api",
    responses={
        200: "models.session_start_response:SessionStartResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.session_start_request:SessionStartRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("namespace", "body", "namespace"),
        ("limit", "body", "limit"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)

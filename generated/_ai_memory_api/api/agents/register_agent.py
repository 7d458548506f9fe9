"""Register an agent — ``POST /api/v1/agents``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="register_agent",
    method="POST",
    path="/api/v1/agents",
    package="_ai_memory_api",
    responses={
        201: "models.register_agent_response:RegisterAgentResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.register_agent_request:RegisterAgentRequest",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"positional": ["agent_id", "agent_type", "capabilities"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("agent_id", "body", "agent_id"),
        ("agent_type", "body", "agent_type"),
        ("capabilities", "body", "capabilities"),
    ),
    body="object",
)

"""Check an agent action (MCP `memory_check_agent_action`) — ``POST /api/v1/memory_check_agent_action``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_check_agent_action",
    method="POST",
    path="/api/v1/memory_check_agent_action",
    package="_ai_memory_api",
    responses={
        200: "models.memory_check_agent_action_response:MemoryCheckAgentActionResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_check_agent_action_request:MemoryCheckAgentActionRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("kind", "body", "kind"),
        ("command", "body", "command"),
        ("cwd", "body", "cwd"),
        ("path", "body", "path"),
        ("byte_estimate", "body", "byte_estimate"),
        ("host", "body", "host"),
        ("scheme", "body", "scheme"),
        ("binary", "body", "binary"),
        ("args", "body", "args"),
        ("custom_kind", "body", "custom_kind"),
        ("kind_inner", "body", "kind_inner"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)

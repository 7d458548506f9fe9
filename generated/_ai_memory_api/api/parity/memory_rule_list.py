"""List rules (MCP `memory_rule_list`) — ``POST /api/v1/memory_rule_list``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_rule_list",
    method="POST",
    path="/api/v1/memory_rule_list",
    package="_ai_memory_api",
    responses={
        200: "models.memory_rule_list_response:MemoryRuleListResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_rule_list_request:MemoryRuleListRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("kind", "body", "kind"),
        ("enabled_only", "body", "enabled_only"),
    ),
    body="object",
)

"""MCP tool definitions — ``GET /api/v1/tools/list``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="tools_list",
    method="GET",
    path="/api/v1/tools/list",
    package="_ai_memory_api",
    responses={
        200: "models.tools_list_response:ToolsListResponse",
        401: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"),),
)

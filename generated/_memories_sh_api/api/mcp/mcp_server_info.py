"""Get the MCP server info (or open the legacy HTTP+SSE stream) — ``GET /api/mcp``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="mcp_server_info",
    method="GET",
    path="/api/mcp",
    package="_memories_sh_api",
    responses={
        200: "models.mcp_server_status:McpServerStatus",
        401: "models.mcp_auth_error_body:McpAuthErrorBody",
        429: "models.mcp_auth_error_body:McpAuthErrorBody",
    },
    security=False,
    sdk={"method": "mcp.server_info"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)

"""Send an MCP JSON-RPC 2.0 message — ``POST /api/mcp``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="mcp_rpc",
    method="POST",
    path="/api/mcp",
    package="_memories_sh_api",
    responses={
        200: "models.json_rpc_response:JsonRpcResponse",
        204: None,
        400: "json",
        401: "models.mcp_auth_error_body:McpAuthErrorBody",
        429: "models.mcp_rate_limited_body:McpRateLimitedBody",
        500: "models.json_rpc_error_response:JsonRpcErrorResponse",
    },
    content_type="application/json",
    request_model="models.json_rpc_request:JsonRpcRequest",
    sdk={"method": "mcp.rpc"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("session", "query", "session"),
        ("jsonrpc", "body", "jsonrpc"),
        ("method", "body", "method"),
        ("id", "body", "id"),
        ("params", "body", "params"),
    ),
    body="object",
)

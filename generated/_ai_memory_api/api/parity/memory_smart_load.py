"""Smart context load (MCP `memory_smart_load`) — ``POST /api/v1/memory_smart_load``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_smart_load",
    method="POST",
    path="/api/v1/memory_smart_load",
    package="_ai_memory_api",
    responses={
        200: "models.memory_smart_load_response:MemorySmartLoadResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_smart_load_request:MemorySmartLoadRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("intent", "body", "intent"),
        ("namespace", "body", "namespace"),
        ("k", "body", "k"),
    ),
    body="object",
)

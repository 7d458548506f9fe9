"""Export a reflection (MCP `memory_export_reflection`) — ``POST /api/v1/memory_export_reflection``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_export_reflection",
    method="POST",
    path="/api/v1/memory_export_reflection",
    package="_ai_memory_api",
    responses={
        200: "models.memory_export_reflection_response:MemoryExportReflectionResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_export_reflection_request:MemoryExportReflectionRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("memory_id", "body", "memory_id"),
        ("format", "body", "format"),
    ),
    body="object",
)

"""Write a reflection (MCP `memory_reflect`) — ``POST /api/v1/memory_reflect``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_reflect",
    method="POST",
    path="/api/v1/memory_reflect",
    package="_ai_memory_api",
    responses={
        200: "models.memory_reflect_result:MemoryReflectResult | models.memory_reflect_pending:MemoryReflectPending",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_reflect_request:MemoryReflectRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("source_ids", "body", "source_ids"),
        ("title", "body", "title"),
        ("content", "body", "content"),
        ("tier", "body", "tier"),
        ("namespace", "body", "namespace"),
        ("priority", "body", "priority"),
        ("confidence", "body", "confidence"),
        ("tags", "body", "tags"),
        ("metadata", "body", "metadata"),
        ("depth", "body", "depth"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)

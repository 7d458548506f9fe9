"""Create or upsert many memories — ``POST /api/v1/memories/bulk``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="bulk_store",
    method="POST",
    path="/api/v1/memories/bulk",
    package="_ai_memory_api",
    responses={
        200: "models.bulk_create_response:BulkCreateResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.create_memory:CreateMemory",
    request_array=True,
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"body_arg": "memories", "chunk": {"concat": ["errors"], "max_items": 1000, "sum": ["created"]}},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"),),
    body="array",
    body_arg="memories",
)

"""Register a knowledge-graph entity — ``POST /api/v1/entities``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="register_entity",
    method="POST",
    path="/api/v1/entities",
    package="_ai_memory_api",
    responses={
        200: "models.entity_response:EntityResponse",
        201: "models.entity_response:EntityResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        409: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.register_entity_request:RegisterEntityRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("canonical_name", "body", "canonical_name"),
        ("namespace", "body", "namespace"),
        ("aliases", "body", "aliases"),
        ("metadata", "body", "metadata"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)

"""Traverse the knowledge graph — ``POST /api/v1/kg/query``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="kg_query",
    method="POST",
    path="/api/v1/kg/query",
    package="_ai_memory_api",
    responses={
        200: "models.kg_query_response:KgQueryResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.kg_query_request:KgQueryRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("source_id", "body", "source_id"),
        ("from_", "body", "from"),
        ("to", "body", "to"),
        ("max_depth", "body", "max_depth"),
        ("valid_at", "body", "valid_at"),
        ("allowed_agents", "body", "allowed_agents"),
        ("limit", "body", "limit"),
        ("include_invalidated", "body", "include_invalidated"),
        ("rel_types", "body", "rel_types"),
    ),
    body="object",
)

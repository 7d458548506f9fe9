"""Expand a query with the LLM — ``POST /api/v1/expand_query``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="expand_query",
    method="POST",
    path="/api/v1/expand_query",
    package="_ai_memory_api",
    responses={
        200: "models.expand_query_response:ExpandQueryResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        502: "models.error:Error",
        503: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.expand_query_request:ExpandQueryRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("query", "body", "query"),
        ("namespace", "body", "namespace"),
    ),
    body="object",
)

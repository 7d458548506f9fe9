"""Suggest tags with the LLM — ``POST /api/v1/auto_tag``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="auto_tag",
    method="POST",
    path="/api/v1/auto_tag",
    package="_ai_memory_api",
    responses={
        200: "models.auto_tag_response:AutoTagResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        404: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        502: "models.error:Error",
        503: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.auto_tag_request:AutoTagRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("memory_id", "body", "memory_id"),
        ("title", "body", "title"),
        ("content", "body", "content"),
        ("namespace", "body", "namespace"),
    ),
    body="object",
)

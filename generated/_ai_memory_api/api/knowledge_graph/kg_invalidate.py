"""Invalidate a link — ``POST /api/v1/kg/invalidate``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="kg_invalidate",
    method="POST",
    path="/api/v1/kg/invalidate",
    package="_ai_memory_api",
    responses={
        200: "models.kg_invalidate_response:KgInvalidateResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.kg_invalidate_not_found:KgInvalidateNotFound",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.kg_invalidate_request:KgInvalidateRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("source_id", "body", "source_id"),
        ("target_id", "body", "target_id"),
        ("relation", "body", "relation"),
        ("valid_until", "body", "valid_until"),
    ),
    body="object",
)

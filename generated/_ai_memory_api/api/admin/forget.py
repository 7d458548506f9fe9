"""Bulk-delete memories by namespace, pattern or tier — ``POST /api/v1/forget``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="forget",
    method="POST",
    path="/api/v1/forget",
    package="_ai_memory_api",
    responses={
        200: "models.forget_response:ForgetResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.forget_request:ForgetRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("namespace", "body", "namespace"),
        ("pattern", "body", "pattern"),
        ("tier", "body", "tier"),
    ),
    body="object",
)

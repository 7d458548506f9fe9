"""Check for a near-duplicate memory — ``POST /api/v1/check_duplicate``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="check_duplicate",
    method="POST",
    path="/api/v1/check_duplicate",
    package="_ai_memory_api",
    responses={
        200: "models.check_duplicate_response:CheckDuplicateResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        503: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.check_duplicate_request:CheckDuplicateRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("title", "body", "title"),
        ("content", "body", "content"),
        ("namespace", "body", "namespace"),
        ("threshold", "body", "threshold"),
    ),
    body="object",
)

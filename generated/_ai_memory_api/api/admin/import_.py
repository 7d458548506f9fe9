"""Import memories and links — ``POST /api/v1/import``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="import",
    method="POST",
    path="/api/v1/import",
    package="_ai_memory_api",
    responses={
        200: "models.import_response:ImportResponse",
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
    request_model="models.import_request:ImportRequest",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"body_arg": "payload"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("memories", "body", "memories"),
        ("links", "body", "links"),
    ),
    body="object",
    body_arg="payload",
)

"""Archive memories by id — ``POST /api/v1/archive``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="archive",
    method="POST",
    path="/api/v1/archive",
    package="_ai_memory_api",
    responses={
        200: "models.archive_response:ArchiveResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.archive_request:ArchiveRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"), ("ids", "body", "ids"), ("reason", "body", "reason")),
    body="object",
)

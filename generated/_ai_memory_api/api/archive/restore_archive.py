"""Restore an archived memory — ``POST /api/v1/archive/{id}/restore``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="restore_archive",
    method="POST",
    path="/api/v1/archive/{id}/restore",
    package="_ai_memory_api",
    responses={
        200: "models.restore_archive_response:RestoreArchiveResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"), ("agent_id", "header", "X-Agent-Id")),
)

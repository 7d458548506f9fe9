"""Purge the archive — ``DELETE /api/v1/archive``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="purge_archive",
    method="DELETE",
    path="/api/v1/archive",
    package="_ai_memory_api",
    responses={
        200: "models.purge_archive_response:PurgeArchiveResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("older_than_days", "query", "older_than_days"), ("agent_id", "header", "X-Agent-Id")),
)

"""Purge the archive — ``DELETE /api/v1/archive``."""

from ...types import Operation

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

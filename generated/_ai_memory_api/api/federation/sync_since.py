"""Changes since a timestamp (federation pull) — ``GET /api/v1/sync/since``."""

from ...types import Operation

OPERATION = Operation(
    name="sync_since",
    method="GET",
    path="/api/v1/sync/since",
    package="_ai_memory_api",
    responses={
        200: "models.sync_since_response:SyncSinceResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

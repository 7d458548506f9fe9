"""Receive a federation push — ``POST /api/v1/sync/push``."""

from ...types import Operation

OPERATION = Operation(
    name="sync_push",
    method="POST",
    path="/api/v1/sync/push",
    package="_ai_memory_api",
    responses={
        200: "models.sync_push_response:SyncPushResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        429: "models.quota_exceeded:QuotaExceeded",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.sync_push_request:SyncPushRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

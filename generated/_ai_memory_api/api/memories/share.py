"""Share a memory with an agent — ``POST /api/v1/share``."""

from ...types import Operation

OPERATION = Operation(
    name="share",
    method="POST",
    path="/api/v1/share",
    package="_ai_memory_api",
    responses={
        200: "models.share_response:ShareResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.share_request:ShareRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

"""Reject a pending action — ``POST /api/v1/pending/{id}/reject``."""

from ...types import Operation

OPERATION = Operation(
    name="reject_pending",
    method="POST",
    path="/api/v1/pending/{id}/reject",
    package="_ai_memory_api",
    responses={
        200: "models.reject_result:RejectResult",
        400: "models.error:Error",
        401: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

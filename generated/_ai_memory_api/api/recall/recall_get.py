"""Recall memories (query string) — ``GET /api/v1/recall``."""

from ...types import Operation

OPERATION = Operation(
    name="recall_get",
    method="GET",
    path="/api/v1/recall",
    package="_ai_memory_api",
    responses={
        200: "models.recall_response:RecallResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"csv": ["tags"]},
)

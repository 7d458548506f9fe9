"""Recall memories — ``POST /api/v1/recall``."""

from ...types import Operation

OPERATION = Operation(
    name="recall",
    method="POST",
    path="/api/v1/recall",
    package="_ai_memory_api",
    responses={
        200: "models.recall_response:RecallResponse",
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
    request_model="models.recall_request:RecallRequest",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"csv": ["tags"], "positional": ["context"]},
)

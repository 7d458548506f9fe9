"""Consolidate memories into one — ``POST /api/v1/consolidate``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="consolidate",
    method="POST",
    path="/api/v1/consolidate",
    package="_ai_memory_api",
    responses={
        201: "models.consolidate_response:ConsolidateResponse",
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
    request_model="models.consolidate_request:ConsolidateRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("ids", "body", "ids"),
        ("title", "body", "title"),
        ("summary", "body", "summary"),
        ("namespace", "body", "namespace"),
        ("tier", "body", "tier"),
        ("agent_id", "body", "agent_id"),
        ("use_llm", "body", "use_llm"),
    ),
    body="object",
)

"""Recall memories — ``POST /api/v1/recall``."""

from ...types import Binding, Operation

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

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("accept_provenance", "header", "Accept-Provenance"),
        ("context", "body", "context"),
        ("query", "body", "query"),
        ("q", "body", "q"),
        ("namespace", "body", "namespace"),
        ("limit", "body", "limit"),
        ("tags", "body", "tags"),
        ("since", "body", "since"),
        ("until", "body", "until"),
        ("as_agent", "body", "as_agent"),
        ("budget_tokens", "body", "budget_tokens"),
        ("session_default", "body", "session_default"),
        ("has_citations", "body", "has_citations"),
        ("source_uri_prefix", "body", "source_uri_prefix"),
        ("kinds", "body", "kinds"),
        ("session_id", "body", "session_id"),
        ("include_archived", "body", "include_archived"),
        ("confidence_tier", "body", "confidence_tier"),
        ("verbose_provenance", "body", "verbose_provenance"),
        ("format", "body", "format"),
    ),
    body="object",
)

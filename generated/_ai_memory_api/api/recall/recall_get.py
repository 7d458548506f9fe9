"""Recall memories (query string) — ``GET /api/v1/recall``."""

from ...types import Binding, Operation

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

BINDING = Binding(
    OPERATION,
    arguments=(
        ("context", "query", "context"),
        ("query", "query", "query"),
        ("q", "query", "q"),
        ("namespace", "query", "namespace"),
        ("limit", "query", "limit"),
        ("tags", "query", "tags"),
        ("since", "query", "since"),
        ("until", "query", "until"),
        ("as_agent", "query", "as_agent"),
        ("budget_tokens", "query", "budget_tokens"),
        ("session_default", "query", "session_default"),
        ("has_citations", "query", "has_citations"),
        ("source_uri_prefix", "query", "source_uri_prefix"),
        ("kinds", "query", "kinds"),
        ("session_id", "query", "session_id"),
        ("include_archived", "query", "include_archived"),
        ("confidence_tier", "query", "confidence_tier"),
        ("verbose_provenance", "query", "verbose_provenance"),
        ("format", "query", "format"),
        ("agent_id", "header", "X-Agent-Id"),
        ("accept_provenance", "header", "Accept-Provenance"),
    ),
)

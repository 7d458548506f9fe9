"""Trace retrieval and graph expansion — ``POST /api/sdk/v1/graph/trace``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="graph_trace",
    method="POST",
    path="/api/sdk/v1/graph/trace",
    package="_memories_sh_api",
    responses={
        200: "models.graph_trace_envelope:GraphTraceEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.graph_trace_request:GraphTraceRequest",
    sdk={"method": "graph.trace", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("query", "body", "query"),
        ("limit", "body", "limit"),
        ("include_rules", "body", "includeRules"),
        ("mode", "body", "mode"),
        ("strategy", "body", "strategy"),
        ("graph_depth", "body", "graphDepth"),
        ("graph_limit", "body", "graphLimit"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)

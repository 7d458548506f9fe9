"""Get a context bundle — ``POST /api/sdk/v1/context/get``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="context_get",
    method="POST",
    path="/api/sdk/v1/context/get",
    package="_memories_sh_api",
    responses={
        200: "models.context_get_envelope:ContextGetEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.context_get_request:ContextGetRequest",
    sdk={
        "mcp_arguments": {"strategy": "retrieval_strategy"},
        "mcp_result_defaults": {"mode": "all", "query": "", "skillFiles": []},
        "mcp_result_select": {
            "memories": {
                "by": "mode",
                "default": "all",
                "pick": {
                    "all": "memories",
                    "long_term": "longTermMemories",
                    "rules_only": None,
                    "working": "workingMemories",
                },
            },
            "rules": {"by": "includeRules", "default": True, "pick": {"false": None, "true": "rules"}},
        },
        "mcp_tool": "get_context",
        "mcp_values": {"strategy": {"hybrid": "hybrid_graph", "lexical": "baseline", "semantic": "baseline"}},
        "mcp_via": "mcp.rpc",
        "method": "context.get",
        "scope": "body",
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("query", "body", "query"),
        ("limit", "body", "limit"),
        ("include_rules", "body", "includeRules"),
        ("include_skill_files", "body", "includeSkillFiles"),
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

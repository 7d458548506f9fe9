"""Clear a namespace standard — ``DELETE /api/v1/namespaces``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="clear_namespace_standard_qs",
    method="DELETE",
    path="/api/v1/namespaces",
    package="_ai_memory_api",
    responses={
        200: "models.namespace_standard_cleared_result:NamespaceStandardClearedResult",
        400: "models.error:Error",
        401: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("namespace", "query", "namespace"), ("agent_id", "header", "X-Agent-Id")),
)

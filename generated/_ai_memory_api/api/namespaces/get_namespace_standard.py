"""Get a namespace standard — ``GET /api/v1/namespaces/{ns}/standard``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="get_namespace_standard",
    method="GET",
    path="/api/v1/namespaces/{ns}/standard",
    package="_ai_memory_api",
    responses={
        200: "models.namespace_standard:NamespaceStandard",
        400: "models.error:Error",
        401: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("ns", "path", "ns"), ("inherit", "query", "inherit"), ("agent_id", "header", "X-Agent-Id")),
)

"""List namespaces, or get a namespace standard — ``GET /api/v1/namespaces``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="namespaces",
    method="GET",
    path="/api/v1/namespaces",
    package="_ai_memory_api",
    responses={
        200: "models.namespace_list:NamespaceList | models.namespace_standard:NamespaceStandard",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("namespace", "query", "namespace"),
        ("inherit", "query", "inherit"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)

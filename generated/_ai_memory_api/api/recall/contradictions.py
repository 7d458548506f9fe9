"""Find contradicting memories — ``GET /api/v1/contradictions``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="contradictions",
    method="GET",
    path="/api/v1/contradictions",
    package="_ai_memory_api",
    responses={
        200: "models.contradictions_response:ContradictionsResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("topic", "query", "topic"),
        ("namespace", "query", "namespace"),
        ("limit", "query", "limit"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)

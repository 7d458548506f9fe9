"""Find paths between two memories — ``POST /api/v1/kg/find_paths``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="kg_find_paths",
    method="POST",
    path="/api/v1/kg/find_paths",
    package="_ai_memory_api",
    responses={
        200: "models.find_paths_response:FindPathsResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        501: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.find_paths_request:FindPathsRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("source_id", "body", "source_id"),
        ("from_id", "body", "from_id"),
        ("target_id", "body", "target_id"),
        ("to_id", "body", "to_id"),
        ("max_depth", "body", "max_depth"),
        ("max_results", "body", "max_results"),
    ),
    body="object",
)

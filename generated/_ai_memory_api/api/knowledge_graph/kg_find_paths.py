"""Find paths between two memories — ``POST /api/v1/kg/find_paths``."""

from ...types import Operation

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

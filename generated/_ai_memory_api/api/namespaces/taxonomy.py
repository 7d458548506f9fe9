"""Namespace taxonomy tree — ``GET /api/v1/taxonomy``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="taxonomy",
    method="GET",
    path="/api/v1/taxonomy",
    package="_ai_memory_api",
    responses={
        200: "models.taxonomy_response:TaxonomyResponse",
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
        ("prefix", "query", "prefix"),
        ("root", "query", "root"),
        ("depth", "query", "depth"),
        ("limit", "query", "limit"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)

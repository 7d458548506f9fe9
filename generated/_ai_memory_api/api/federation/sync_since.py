"""Changes since a timestamp (federation pull) — ``GET /api/v1/sync/since``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="sync_since",
    method="GET",
    path="/api/v1/sync/since",
    package="_ai_memory_api",
    responses={
        200: "models.sync_since_response:SyncSinceResponse",
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
        ("since", "query", "since"),
        ("limit", "query", "limit"),
        ("peer", "query", "peer"),
        ("agent_id", "header", "X-Agent-Id"),
        ("x_peer_id", "header", "X-Peer-Id"),
        ("x_memory_sig", "header", "X-Memory-Sig"),
    ),
)

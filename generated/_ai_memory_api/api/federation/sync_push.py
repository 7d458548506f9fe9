"""Receive a federation push — ``POST /api/v1/sync/push``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="sync_push",
    method="POST",
    path="/api/v1/sync/push",
    package="_ai_memory_api",
    responses={
        200: "models.sync_push_response:SyncPushResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        429: "models.quota_exceeded:QuotaExceeded",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.sync_push_request:SyncPushRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("x_peer_id", "header", "X-Peer-Id"),
        ("x_memory_sig", "header", "X-Memory-Sig"),
        ("x_memory_nonce", "header", "X-Memory-Nonce"),
        ("sender_agent_id", "body", "sender_agent_id"),
        ("memories", "body", "memories"),
        ("sender_clock", "body", "sender_clock"),
        ("sender_wall_clock", "body", "sender_wall_clock"),
        ("deletions", "body", "deletions"),
        ("archives", "body", "archives"),
        ("restores", "body", "restores"),
        ("links", "body", "links"),
        ("pendings", "body", "pendings"),
        ("pending_decisions", "body", "pending_decisions"),
        ("namespace_meta", "body", "namespace_meta"),
        ("namespace_meta_clears", "body", "namespace_meta_clears"),
        ("dry_run", "body", "dry_run"),
    ),
    body="object",
)

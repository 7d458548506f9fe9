"""Atomise a memory (MCP `memory_atomise`) — ``POST /api/v1/memory_atomise``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_atomise",
    method="POST",
    path="/api/v1/memory_atomise",
    package="_ai_memory_api",
    responses={
        200: "models.memory_atomise_tier_locked:MemoryAtomiseTierLocked",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_atomise_request:MemoryAtomiseRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("memory_id", "body", "memory_id"),
        ("max_atom_tokens", "body", "max_atom_tokens"),
        ("force_re_atomise", "body", "force_re_atomise"),
    ),
    body="object",
)

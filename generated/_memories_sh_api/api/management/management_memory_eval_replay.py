"""Score replay scenarios (extraction, compaction, trigger) — ``POST /api/sdk/v1/management/memory/eval/replay``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_memory_eval_replay",
    method="POST",
    path="/api/sdk/v1/management/memory/eval/replay",
    package="_memories_sh_api",
    responses={
        200: "models.memory_eval_replay_envelope:MemoryEvalReplayEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memory_eval_replay_request:MemoryEvalReplayRequest",
    sdk={"auth": "key_or_session", "method": "management.memory.eval_replay", "positional": ["scenarios"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("scenarios", "body", "scenarios"),
        ("tenant_id", "body", "tenantId"),
        ("project_id", "body", "projectId"),
        ("user_id", "body", "userId"),
        ("now_iso", "body", "nowIso"),
        ("pass_criteria", "body", "passCriteria"),
    ),
    body="object",
)

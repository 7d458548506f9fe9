"""Get the memory lifecycle health — ``GET /api/sdk/v1/management/memory/observability``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_memory_observability",
    method="GET",
    path="/api/sdk/v1/management/memory/observability",
    package="_memories_sh_api",
    responses={
        200: "models.memory_observability_envelope:MemoryObservabilityEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"auth": "key_or_session", "method": "management.memory.observability"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("tenant_id", "query", "tenantId"),
        ("project_id", "query", "projectId"),
        ("user_id", "query", "userId"),
        ("window_hours", "query", "windowHours"),
    ),
)

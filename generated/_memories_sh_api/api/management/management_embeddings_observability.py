"""Get the embedding pipeline health — ``GET /api/sdk/v1/management/embeddings/observability``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_embeddings_observability",
    method="GET",
    path="/api/sdk/v1/management/embeddings/observability",
    package="_memories_sh_api",
    responses={
        200: "models.embedding_observability_envelope:EmbeddingObservabilityEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"auth": "key_or_session", "method": "management.embeddings.observability"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("tenant_id", "query", "tenantId"),
        ("project_id", "query", "projectId"),
        ("user_id", "query", "userId"),
        ("model_id", "query", "modelId"),
        ("usage_month", "query", "usageMonth"),
        ("window_hours", "query", "windowHours"),
    ),
)

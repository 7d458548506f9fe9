"""Get embedding usage and cost — ``GET /api/sdk/v1/management/embeddings/usage``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_embeddings_usage",
    method="GET",
    path="/api/sdk/v1/management/embeddings/usage",
    package="_memories_sh_api",
    responses={
        200: "models.embedding_usage_envelope:EmbeddingUsageEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"auth": "key_or_session", "method": "management.embeddings.usage"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("usage_month", "query", "usageMonth"),
        ("tenant_id", "query", "tenantId"),
        ("project_id", "query", "projectId"),
        ("limit", "query", "limit"),
    ),
)

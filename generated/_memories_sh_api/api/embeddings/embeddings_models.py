"""List the embedding models and the selection for a scope — ``GET /api/sdk/v1/embeddings/models``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="embeddings_models",
    method="GET",
    path="/api/sdk/v1/embeddings/models",
    package="_memories_sh_api",
    responses={
        200: "models.embedding_models_envelope:EmbeddingModelsEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
        502: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"auth": "key_or_session", "method": "management.embeddings.list"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("tenant_id", "query", "tenantId"),
        ("project_id", "query", "projectId"),
        ("embedding_model", "query", "embeddingModel"),
    ),
)

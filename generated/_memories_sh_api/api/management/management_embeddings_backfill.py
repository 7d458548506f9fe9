"""Run, pause or resume the embedding backfill — ``POST /api/sdk/v1/management/embeddings/backfill``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_embeddings_backfill",
    method="POST",
    path="/api/sdk/v1/management/embeddings/backfill",
    package="_memories_sh_api",
    responses={
        200: "models.embedding_backfill_action_envelope:EmbeddingBackfillActionEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.embedding_backfill_request:EmbeddingBackfillRequest",
    sdk={"auth": "key_or_session", "method": "management.embeddings.backfill"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("action", "body", "action"),
        ("tenant_id", "body", "tenantId"),
        ("project_id", "body", "projectId"),
        ("user_id", "body", "userId"),
        ("model_id", "body", "modelId"),
        ("batch_limit", "body", "batchLimit"),
        ("throttle_ms", "body", "throttleMs"),
    ),
    body="object",
)

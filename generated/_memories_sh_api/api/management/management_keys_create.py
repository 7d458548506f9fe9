"""Create (rotate) the API key — ``POST /api/sdk/v1/management/keys``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_keys_create",
    method="POST",
    path="/api/sdk/v1/management/keys",
    package="_memories_sh_api",
    responses={
        200: "models.management_key_created_envelope:ManagementKeyCreatedEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.management_key_create_request:ManagementKeyCreateRequest",
    sdk={"auth": "management", "method": "management.keys.create"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("expires_at", "body", "expiresAt"),),
    body="object",
)

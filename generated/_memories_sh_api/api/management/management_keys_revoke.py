"""Revoke the API key — ``DELETE /api/sdk/v1/management/keys``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_keys_revoke",
    method="DELETE",
    path="/api/sdk/v1/management/keys",
    package="_memories_sh_api",
    responses={
        200: "models.management_key_revoked_envelope:ManagementKeyRevokedEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"auth": "management", "method": "management.keys.revoke"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("key_id", "query", "keyId"),),
)

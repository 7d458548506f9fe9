"""Get the API key status — ``GET /api/sdk/v1/management/keys``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_keys_get",
    method="GET",
    path="/api/sdk/v1/management/keys",
    package="_memories_sh_api",
    responses={
        200: "models.management_key_status_envelope:ManagementKeyStatusEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"auth": "management", "method": "management.keys.get"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)

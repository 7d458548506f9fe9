"""``_ai_memory_api``: the error codes the spec documents; errors are raised by the engine."""

from agent_memory_sdk._enums import OpenEnum


class ErrorCode(OpenEnum):
    """The machine-readable ``code`` of an error, as the spec documents it.

    A code the spec does not list is kept (``.is_known`` is False) rather than rejected.
    """

    ATTESTATION_FAILED = "ATTESTATION_FAILED"
    CONFLICT = "CONFLICT"
    GOVERNANCE_REFUSED = "GOVERNANCE_REFUSED"
    NOT_FOUND = "NOT_FOUND"
    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    VALIDATION_FAILED = "VALIDATION_FAILED"


RETRYABLE: dict[str, bool] = {
    "QUOTA_EXCEEDED": False,
}
"""Code → whether a failure with it may succeed when sent again (the spec's ``x-sdk.retryable``)."""

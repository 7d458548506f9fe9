from ..types import OpenEnum


class ApiErrorType(OpenEnum):
    """Error classification. The seed contract lists six values; the service also emits
    `tool_error` (e.g. `TENANT_DATABASE_NOT_READY`) and, over MCP, `method_error`. The
    management wrappers derive it from the status: 400 → validation_error, 401/403 →
    auth_error, 404 → not_found_error, 429 → rate_limit_error, ≥500 → internal_error, anything
    else (including 409) → unknown_error.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    AUTH_ERROR = "auth_error"
    INTERNAL_ERROR = "internal_error"
    METHOD_ERROR = "method_error"
    NOT_FOUND_ERROR = "not_found_error"
    RATE_LIMIT_ERROR = "rate_limit_error"
    TOOL_ERROR = "tool_error"
    UNKNOWN_ERROR = "unknown_error"
    VALIDATION_ERROR = "validation_error"

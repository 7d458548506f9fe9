"""The error object of a failed envelope (`ApiErrorDetail` on the server). Also used as
`errorDetail` of MCP pre-dispatch errors and as `data` of MCP JSON-RPC errors."""

from __future__ import annotations

from ..models.api_error_type import ApiErrorType
from ..types import BaseModel


class ApiError(BaseModel):
    """The error object of a failed envelope (`ApiErrorDetail` on the server). Also used as
    `errorDetail` of MCP pre-dispatch errors and as `data` of MCP JSON-RPC errors."""

    type: ApiErrorType
    """Error classification. The seed contract lists six values; the service also emits
    `tool_error` (e.g. `TENANT_DATABASE_NOT_READY`) and, over MCP, `method_error`. The
    management wrappers derive it from the status: 400 → validation_error, 401/403 →
    auth_error, 404 → not_found_error, 429 → rate_limit_error, ≥500 → internal_error, anything
    else (including 409) → unknown_error."""

    code: str
    """Machine-readable UPPER_SNAKE error code. Kept a plain string so that codes added by
    newer servers still parse. Known codes:

    | code | type | status | retryable | details | raised by |
    |---|---|---|---|---|---|
    | `MISSING_API_KEY` | auth_error | 401 | false | — | all runtime/graph routes; MCP |
    | `INVALID_API_KEY_FORMAT` | auth_error | 401 | false | — | all runtime/graph routes; MCP |
    | `INVALID_API_KEY` | auth_error | 401 | false | — | all runtime/graph routes; MCP |
    | `API_KEY_EXPIRED` | auth_error | 401 | false | — | all runtime/graph routes; MCP |
    | `RATE_LIMITED` | rate_limit_error | 429 | true | `RateLimitDetails` | all runtime/graph routes
    |
    | `INVALID_REQUEST` | validation_error | 400 | false | — (message "Invalid request payload") |
    every route with a body or query; MCP (-32600) |
    | `DATABASE_NOT_CONFIGURED` | **not_found_error** | **400** | false | — | any route without
    `scope.tenantId`; MCP |
    | `TENANT_DATABASE_NOT_CONFIGURED` | not_found_error | 404 | false | `TenantErrorDetails` |
    routes with `scope.tenantId` |
    | `TENANT_DATABASE_NOT_READY` | **tool_error** | 409 | **true** | `TenantErrorDetails` (with
    `status`) | routes with `scope.tenantId` |
    | `TENANT_DATABASE_CREDENTIALS_MISSING` | not_found_error | 404 | false | `TenantErrorDetails` |
    routes with `scope.tenantId` |
    | `TENANT_MAPPING_LOOKUP_FAILED` | internal_error | 500 | true | `TenantErrorDetails` (with
    `error`) | routes with `scope.tenantId` |
    | `TENANT_ID_INVALID` | validation_error | 400 | false | `{field: "tenant_id"}` | MCP only (zod
    pre-empts it over HTTP) |
    | `USER_ID_INVALID` | validation_error | 400 | false | `{field: "user_id"}` | MCP only |
    | `QUERY_REQUIRED` | validation_error | 400 | false | `{field: "query"}` | MCP only (HTTP
    answers INVALID_REQUEST) |
    | `MEMORY_LAYER_INVALID` | validation_error | 400 | false | `{field, value?}` | MCP only |
    | `MEMORY_CONTENT_REQUIRED` | validation_error | 400 | false | `{field}` | MCP only |
    | `MEMORY_ID_REQUIRED` | validation_error | 400 | false | `{field}` | MCP only |
    | `SKILL_FILE_PATH_REQUIRED` | validation_error | 400 | false | `{field: "path"}` | cannot occur
    over HTTP |
    | `SKILL_FILE_CONTENT_REQUIRED` | validation_error | 400 | false | `{field: "content"}` | cannot
    occur over HTTP |
    | `MEMORY_NOT_FOUND` | not_found_error | 404 | false | `{id}` | **[H] only**: memories/edit; MCP
    edit/forget |
    | `SKILL_FILE_NOT_FOUND` | not_found_error | 404 | false | `SkillFileNotFoundDetails` |
    skills/files/delete |
    | `SKILL_FILE_UPSERT_READBACK_FAILED` | internal_error | 500 | true | — | skills/files/upsert |
    | `CANARY_ROLLOUT_BLOCKED` | validation_error | 409 | false | `CanaryRolloutBlockedDetails` |
    graph/rollout POST/PATCH |
    | `INTERNAL_ERROR` | internal_error | 500 | true | — | all routes; MCP (-32603) |
    | `LEGACY_MCP_KEY_ERROR` | by status | passthrough | status 429 or ≥500 | `LegacyErrorDetails` |
    management/keys |
    | `LEGACY_MCP_TENANTS_ERROR` | by status | passthrough | status 429 or ≥500 |
    `LegacyErrorDetails` | management/tenants (**[S] only**; removed at [H]) |
    | `BILLING_PAST_DUE` | auth_error | 403 | false | — | **[H] only**, tenant auto-provision |
    | `GROWTH_PLAN_REQUIRED` | auth_error | 403 | false | — | **[H] only**, tenant auto-provision |
    | `SDK_PROJECT_LIMIT_REACHED` | auth_error | 429 | false | — | **[H] only**, tenant auto-
    provision |
    | `SDK_BILLING_CONTEXT_UNAVAILABLE` | auth_error | 500 | false | — | **[H] only**, tenant auto-
    provision |
    | `PARSE_ERROR` | validation_error | 400 | false | — | MCP only (-32700) |
    | `INVALID_TOOL_NAME` | validation_error | 400 | false | — | MCP only (-32602) |
    | `METHOD_NOT_FOUND` | method_error | 404 | false | `{method}` | MCP only (-32601, HTTP 200) |
    | `TOOL_NOT_FOUND` | tool_error | 404 | false | — | MCP only (-32601) |
    | `TOOL_EXECUTION_FAILED` | internal_error | 500 | true | `{tool}` | MCP only (-32603) |
    | `UNKNOWN_TOOL_ERROR` | unknown_error | 500 | true | `{tool}` | MCP only (-32603) |
    | `TENANT_ROUTING_CONTEXT_MISSING` | internal_error | 500 | true | — | MCP only (-32603) |
    | `USER_CONTEXT_MISSING` | internal_error | 500 | true | — | MCP only (-32603) |
    | `TOO_MANY_KEY_SESSIONS` / `TOO_MANY_IP_SESSIONS` | rate_limit_error | 429 | true | — | MCP SSE
    session caps (`GET /api/mcp`) |
    | `UNAUTHORIZED` | auth_error | 401 | false | — | **[H]** key-or-session management routes
    without key or session |
    | `BULK_FORGET_INVALID_FILTERS` / `BULK_FORGET_NO_FILTERS` | validation_error | 400 | false | —
    | **[H]** MCP `bulk_forget_memories` (HTTP answers INVALID_REQUEST) |
    | `MEMORY_SESSION_DISABLED` / `MEMORY_COMPACTION_DISABLED` / `MEMORY_CONSOLIDATION_DISABLED` /
    `MEMORY_PROCEDURAL_DISABLED` | validation_error | 403 | false | `{flag}` | **[H]** feature-gated
    routes |
    | `SESSION_ID_REQUIRED` / `SESSION_CONTENT_REQUIRED` / `INVALID_SESSION_STATUS` |
    validation_error | 400 | false | `{field}` | **[H]** sessions (zod pre-empts them over HTTP) |
    | `SESSION_NOT_FOUND` / `SESSION_SNAPSHOT_NOT_FOUND` | not_found_error | 404 | false |
    `{sessionId}` | **[H]** sessions, skills/files/promote |
    | `SESSION_NOT_ACTIVE` | validation_error | 409 | false | `{sessionId, status}` | **[H]**
    sessions/checkpoint, sessions/end |
    | `TENANT_OVERRIDE_NOT_FOUND` | not_found_error | 404 | false | — | **[H]** management/tenant-
    overrides DELETE |
    | `TENANT_OVERRIDE_PROVISION_IN_PROGRESS` | internal_error | 409 | true | — | **[H]**
    management/tenant-overrides POST |
    | `TENANT_OVERRIDE_LIST_FAILED` / `…_LOOKUP_FAILED` / `…_CLAIM_FAILED` /
    `…_CLAIM_RESOLVE_FAILED` / `…_SETUP_FAILED` / `…_SAVE_FAILED` / `…_DISABLE_FAILED` |
    internal_error | 500 | true | — | **[H]** management/tenant-overrides |
    | `TENANT_ROUTING_EFFECTIVE_LOOKUP_FAILED` | internal_error | 500 | true | — | **[H]**
    management/tenant-routing/effective |
    | `API_KEY_METADATA_LOOKUP_FAILED` | internal_error | 500 | true | — | **[H]** key-or-session
    management routes |
    | `EMBEDDING_MODEL_NOT_ALLOWED` / `UNSUPPORTED_EMBEDDING_MODEL` | validation_error | 400 | false
    | `{…}` | **[H]** embeddings/models, memories/add, memories/edit |
    | `EMBEDDING_MODEL_CATALOG_FETCH_FAILED` / `EMBEDDING_MODEL_CATALOG_EMPTY` | internal_error |
    502 | true | `{status}` | **[H]** embeddings/models |
    | `EMBEDDING_USAGE_LOOKUP_FAILED` / `EMBEDDING_BACKFILL_STATUS_FAILED` /
    `EMBEDDING_BACKFILL_RUN_FAILED` / `EMBEDDING_OBSERVABILITY_LOOKUP_FAILED` /
    `MEMORY_OBSERVABILITY_LOOKUP_FAILED` / `MEMORY_EVAL_REPLAY_FAILED` | internal_error | 500 | true
    | — | **[H]** management embeddings / memory routes |"""

    message: str
    """Human-readable message."""

    status: int
    """The HTTP status; always equal to the response's status code (for MCP JSON-RPC errors, the status
    the error would have over HTTP)."""

    retryable: bool
    """Whether retrying the same request may succeed. Always present."""

    details: (
        CanaryRolloutBlockedDetails
        | LegacyErrorDetails
        | RateLimitDetails
        | SkillFileNotFoundDetails
        | TenantErrorDetails
        | None
    ) = None
    """Structured details. **Optional: the key is omitted (never null) when there are no
    details** (e.g. `INVALID_REQUEST` has none). Shapes, tried in this order:
    `SkillFileNotFoundDetails`, `CanaryRolloutBlockedDetails`, `RateLimitDetails`,
    `TenantErrorDetails`, and `LegacyErrorDetails`, the open fallback that matches any
    other object (legacy management bodies, `{field}`, `{id}`, `{method}`, `{tool}` …).
    Note the mixed key casing: tenant details are snake_case (`tenant_id`), the others
    camelCase."""


# Imported last: these models refer back to this one.
from ..models.canary_rollout_blocked_details import CanaryRolloutBlockedDetails  # noqa: E402
from ..models.legacy_error_details import LegacyErrorDetails  # noqa: E402
from ..models.rate_limit_details import RateLimitDetails  # noqa: E402
from ..models.skill_file_not_found_details import SkillFileNotFoundDetails  # noqa: E402
from ..models.tenant_error_details import TenantErrorDetails  # noqa: E402

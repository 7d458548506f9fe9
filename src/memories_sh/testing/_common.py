"""Shared helpers: time formatting, JS-compatible string handling, ids, the API error type."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

SDK_VERSION = "2026-02-11"
MCP_VERSION = "2026-02-10"

# Characters removed by JavaScript's String.prototype.trim() (WhiteSpace + LineTerminator).
_JS_WS = (
    "\u0009\u000a\u000b\u000c\u000d\u0020\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def js_trim(value: str) -> str:
    return value.strip(_JS_WS)


def js_len(value: str) -> int:
    """String length as JavaScript counts it (UTF-16 code units)."""
    return len(value.encode("utf-16-le", "surrogatepass")) // 2


def iso(dt: datetime) -> str:
    """``Date.prototype.toISOString()``: UTC, milliseconds, ``Z``."""
    dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> datetime | None:
    text = value.strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def add_hours(iso_value: str, hours: float) -> str:
    dt = parse_iso(iso_value)
    assert dt is not None
    return iso(dt + timedelta(hours=hours))


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def short_id() -> str:
    """``crypto.randomUUID().replace(/-/g, "").slice(0, 12)``."""
    return uuid.uuid4().hex[:12]


def request_id() -> str:
    return str(uuid.uuid4())


class ApiError(Exception):
    """An ``ApiErrorDetail`` raised from a handler (``ToolExecutionError`` in the service)."""

    def __init__(
        self,
        type: str,
        code: str,
        message: str,
        status: int,
        retryable: bool = False,
        details: dict[str, Any] | None = None,
        rpc_code: int = -32603,
    ) -> None:
        super().__init__(message)
        self.type = type
        self.code = code
        self.message = message
        self.status = status
        self.retryable = retryable
        self.details = details
        self.rpc_code = rpc_code

    def detail(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "code": self.code,
            "message": self.message,
            "status": self.status,
            "retryable": self.retryable,
        }
        if self.details is not None:
            out["details"] = self.details
        return out


def invalid_request() -> ApiError:
    return ApiError("validation_error", "INVALID_REQUEST", "Invalid request payload", 400)


def internal_error() -> ApiError:
    return ApiError("internal_error", "INTERNAL_ERROR", "Internal error", 500, True)


def error_type_for_status(status: int) -> str:
    if status == 400:
        return "validation_error"
    if status in (401, 403):
        return "auth_error"
    if status == 404:
        return "not_found_error"
    if status == 429:
        return "rate_limit_error"
    if status >= 500:
        return "internal_error"
    return "unknown_error"

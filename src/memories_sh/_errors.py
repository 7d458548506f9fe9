"""Reading failures out of memories.sh bodies: the profile's ``status_error``, ``retry_signal``,
``request_id`` and ``error_in_success`` hooks.

Four body shapes carry an error, besides bodies that are no envelope at all:

- the SDK envelope ``{ok: false, data: null, error: ApiError, meta}``;
- the MCP pre-dispatch body ``{ok: false, error: "<message>", errorDetail: ApiError, meta}``;
- a JSON-RPC error ``{jsonrpc, id, error: {code, message, data: ApiError}}`` (often with HTTP 200);
- the MCP rate limiter's ``{"error": "Too many requests"}`` (429 with ``Retry-After``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _memories_sh_api.errors import RETRYABLE, ErrorCode

from agent_memory_sdk._profile import RetrySignal

from . import _exceptions as exc

if TYPE_CHECKING:
    import httpx
    from _memories_sh_api.models import Meta

    from agent_memory_sdk._runtime import Operation

__all__ = ["error_in_success", "no_error_in_success", "request_id", "retry_signal", "status_error", "to_meta"]

_BY_TYPE: Mapping[str, type[exc.APIStatusError]] = {
    "auth_error": exc.AuthError,
    "validation_error": exc.ValidationError,
    "not_found_error": exc.NotFoundError,
    "rate_limit_error": exc.RateLimitError,
    "tool_error": exc.ToolError,
    "method_error": exc.MethodError,
    "internal_error": exc.InternalError,
    "unknown_error": exc.UnknownError,
}

_RPC_TYPES: Mapping[int, str] = {
    -32700: "validation_error",
    -32600: "validation_error",
    -32602: "validation_error",
    -32601: "method_error",
    -32603: "internal_error",
}


def type_for_status(status: int) -> str:
    """The error type of a body that is not an envelope, from its HTTP status."""
    if status in (401, 403):
        return "auth_error"
    if status == 405:
        return "method_error"
    if status >= 500:
        return "internal_error"
    return {400: "validation_error", 404: "not_found_error", 429: "rate_limit_error"}.get(
        status, "unknown_error"
    )


def _detail(body: Any) -> tuple[Mapping[str, Any] | None, Mapping[str, Any] | None]:
    """``(ApiError, rpc error)`` found in ``body`` (either may be None)."""
    if not isinstance(body, Mapping):
        return None, None
    error = body.get("error")
    if body.get("jsonrpc") is not None and isinstance(error, Mapping):
        data = error.get("data")
        return (data if isinstance(data, Mapping) and "code" in data else None), error
    if isinstance(error, Mapping):
        return error, None
    detail = body.get("errorDetail")
    return (detail if isinstance(detail, Mapping) else None), None


def _is_error_body(body: Any) -> bool:
    if not isinstance(body, Mapping):
        return False
    if body.get("jsonrpc") is not None:
        return body.get("error") is not None
    return body.get("ok") is False


_SUCCESS_START = re.compile(
    rb'\s*\{\s*(?:"ok"\s*:\s*true\b|"jsonrpc"\s*:\s*"2\.0"\s*,\s*"id"\s*:\s*(?:"[^"\\]*"|-?\d+)\s*,\s*"result"\s*:)'
)


def no_error_in_success(response: httpx.Response) -> bool:
    """True when the body opens as a success (``{"ok": true`` or ``{"jsonrpc": "2.0", "id": …,
    "result":``): then it carries no error, and is not decoded just to look (a cheap test on its
    first bytes; any other opening is decoded and checked by :func:`error_in_success`)."""
    return _SUCCESS_START.match(response.content, 0, 256) is not None


def error_in_success(operation: Operation, response: httpx.Response, body: Any) -> bool:
    """A 2xx body that reports a failure: an ``ok: false`` envelope or a JSON-RPC error."""
    return _is_error_body(body)


def to_meta(raw: Any, *, endpoint: str = "", request_id: str | None = None) -> Meta | None:
    """``raw`` as a ``Meta`` model; fields the body lacks (MCP metas have no ``requestId``) are
    filled from ``endpoint`` / ``request_id`` or left empty. None when there is nothing to read."""
    from _memories_sh_api.models import Meta

    if not isinstance(raw, Mapping) and request_id is None:
        return None
    filled = {"version": "", "endpoint": endpoint, "requestId": request_id or "", "timestamp": ""}
    filled.update({k: v for k, v in (raw or {}).items() if v is not None})
    try:
        return Meta.model_validate(filled)
    except ValueError:
        return None


def status_error(operation: Operation, response: httpx.Response, body: Any) -> Exception:
    """The typed error of a failed response (any status, any body)."""
    detail, rpc = _detail(body)
    status = response.status_code
    rpc_id = body.get("id") if isinstance(body, Mapping) and rpc is not None else None
    if detail is not None:
        kind = str(detail.get("type") or type_for_status(status))
        code = str(detail.get("code") or f"HTTP_{status}")
        text = str(detail.get("message") or "")
        reported = detail.get("status")
        status_value = reported if isinstance(reported, int) and not isinstance(reported, bool) else status
        retryable = _retryable(detail, code)
        details = detail.get("details")
    elif rpc is not None:
        rpc_code = rpc.get("code")
        kind = _RPC_TYPES.get(rpc_code, "unknown_error") if isinstance(rpc_code, int) else "unknown_error"
        code, text, status_value = "RPC_ERROR", str(rpc.get("message") or ""), status
        retryable, details = kind == "internal_error", None
    else:
        kind, code, status_value = type_for_status(status), f"HTTP_{status}", status
        if isinstance(body, Mapping) and body.get("ok") is False:
            kind, code = "tool_error", "SDK_ENDPOINT_ERROR"
        text = _summary(body, response)
        retryable, details = status == 429 or status >= 500, None
    cls = _BY_TYPE.get(kind, exc.UnknownError)
    message = f"[{status_value} {code}] {text}" if text else f"[{status_value} {code}]"
    error = cls(message, response=response, body=body)
    error.type, error.code, error.status = kind, ErrorCode(code), status_value
    error.retryable = retryable
    error.details = dict(details) if isinstance(details, Mapping) else None
    if rpc is not None:
        rpc_code = rpc.get("code")
        error.rpc_code = rpc_code if isinstance(rpc_code, int) else None
    raw_meta = body.get("meta") if isinstance(body, Mapping) else None
    rid = None if rpc_id is None else str(rpc_id)
    error.meta = to_meta(raw_meta, endpoint=response.request.url.path, request_id=rid)
    error.request_id = (error.meta.request_id or None) if error.meta is not None else None
    return error


def _retryable(detail: Mapping[str, Any], code: str) -> bool:
    """The body's ``retryable`` flag; without one, the spec's rule for the code (``x-sdk.retryable``)."""
    flag = detail.get("retryable")
    return flag if isinstance(flag, bool) else RETRYABLE.get(code, False)


def _summary(body: Any, response: httpx.Response) -> str:
    if body is None:
        return f"HTTP {response.status_code} with an empty body"
    if isinstance(body, Mapping):
        for key in ("message", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])
        return f"HTTP {response.status_code}: unexpected JSON body"
    text = str(body).strip()
    if text[:1] == "<":
        return f"HTTP {response.status_code} with an HTML page (not the memories.sh SDK API?)"
    return text[:200] + ("…" if len(text) > 200 else "")


def retry_signal(response: httpx.Response, body: Any) -> RetrySignal | None:
    """``error.retryable`` and ``details.retryAfterSeconds`` of any error shape."""
    detail, _ = _detail(body)
    if detail is None:
        return None
    after = (detail.get("details") or {}).get("retryAfterSeconds")
    code = detail.get("code")
    retryable = detail.get("retryable", RETRYABLE.get(code) if isinstance(code, str) else None)
    try:
        wait = None if after is None else float(after)
    except (TypeError, ValueError):
        wait = None
    return RetrySignal(retryable=retryable if isinstance(retryable, bool) else None, retry_after=wait)


def request_id(response: httpx.Response, body: Any) -> str | None:
    """``meta.requestId`` of an envelope; the id of a JSON-RPC response."""
    if not isinstance(body, Mapping):
        return None
    meta = body.get("meta")
    if isinstance(meta, Mapping) and meta.get("requestId"):
        return str(meta["requestId"])
    if body.get("jsonrpc") is not None and body.get("id") is not None:
        return str(body["id"])
    return None

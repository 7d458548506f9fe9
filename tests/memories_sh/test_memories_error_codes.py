"""``error.code`` is the generated ``ErrorCode`` open enum; code-dependent retry rules come from the
spec (``x-sdk.retryable`` on the error catalogue), not from the hand layer."""

from __future__ import annotations

import httpx
from _memories_sh_api.errors import RETRYABLE
from memories_support import Harness, meta, ok

import memories_sh
from memories_sh import ErrorCode, MemoriesError


def _failure_without_flag(status: int, code: str, type_: str) -> httpx.Response:
    """An error envelope that does not say whether it is retryable (the client must decide)."""
    error = {"type": type_, "code": code, "message": "boom", "status": status}
    return httpx.Response(status, json={"ok": False, "data": None, "error": error, "meta": meta("rid-x")})


def _raised(h: Harness) -> MemoriesError:
    try:
        h.call("memories.list")
    except MemoriesError as error:
        return error
    raise AssertionError("no error raised")


def test_error_code_is_the_generated_open_enum(mode: str) -> None:
    error = _raised(Harness(mode, [_failure_without_flag(404, "MEMORY_NOT_FOUND", "not_found_error")]))
    assert error.code is ErrorCode.MEMORY_NOT_FOUND
    assert error.code == "MEMORY_NOT_FOUND" and error.code.is_known
    assert memories_sh.ErrorCode is ErrorCode


def test_an_unknown_code_is_kept(mode: str) -> None:
    error = _raised(Harness(mode, [_failure_without_flag(418, "BRAND_NEW_CODE", "validation_error")]))
    assert isinstance(error.code, ErrorCode)
    assert error.code.value == "BRAND_NEW_CODE" and error.code.is_known is False


def test_a_retryable_code_without_a_flag_follows_the_spec_and_is_retried(mode: str) -> None:
    assert RETRYABLE["TENANT_DATABASE_NOT_READY"] is True
    h = Harness(
        mode,
        [
            _failure_without_flag(409, "TENANT_DATABASE_NOT_READY", "tool_error"),
            ok({"memories": [], "count": 0}),
        ],
    )
    h.call("memories.list")
    assert len(h.requests) == 2 and len(h.sleeps) == 1
    error = _raised(
        Harness(mode, [_failure_without_flag(409, "TENANT_DATABASE_NOT_READY", "tool_error")], max_retries=0)
    )
    assert error.retryable is True


def test_a_code_without_a_spec_rule_and_without_a_flag_is_not_retryable(mode: str) -> None:
    assert "MEMORY_NOT_FOUND" not in RETRYABLE
    h = Harness(
        mode,
        [_failure_without_flag(409, "MEMORY_NOT_FOUND", "not_found_error"), ok({"memories": [], "count": 0})],
    )
    error = _raised(h)
    assert error.retryable is False and len(h.requests) == 1


def test_client_side_codes_are_error_codes_too() -> None:
    assert memories_sh.APIConnectionError.code == "CONNECTION_ERROR"
    assert isinstance(memories_sh.APIConnectionError.code, ErrorCode)

"""``error.code`` is the generated ``ErrorCode`` open enum; the retry rule for a code comes from the
spec (``x-sdk.retryable`` on the ``Error`` schema), not from the hand layer."""

from __future__ import annotations

from typing import Any

import pytest
from _ai_memory_api.errors import RETRYABLE
from ai_memory_support import Daemon

import ai_memory
from ai_memory import ErrorCode


def _store(c: Any) -> Any:
    return c.store(title="BIND9", content="c")


def test_error_code_is_the_generated_open_enum(daemon: Daemon) -> None:
    daemon.reply(409, {"error": "duplicate title", "code": "CONFLICT", "existing_id": "x"})
    with pytest.raises(ai_memory.ConflictError) as info:
        daemon.run(_store)
    assert info.value.code is ErrorCode.CONFLICT and info.value.code == "CONFLICT"


def test_an_unknown_code_is_kept(daemon: Daemon) -> None:
    daemon.reply(400, {"error": "nope", "code": "SOMETHING_NEWER"})
    with pytest.raises(ai_memory.BadRequestError) as info:
        daemon.run(_store)
    code = info.value.code
    assert isinstance(code, ErrorCode) and code.value == "SOMETHING_NEWER" and code.is_known is False


def test_the_quota_rule_comes_from_the_spec(daemon: Daemon) -> None:
    assert RETRYABLE == {"QUOTA_EXCEEDED": False}
    daemon.reply(429, {"code": "QUOTA_EXCEEDED", "error": "QUOTA_EXCEEDED: …"})
    with pytest.raises(ai_memory.RateLimitError) as info:
        daemon.run(_store, max_retries=3)
    assert info.value.code is ErrorCode.QUOTA_EXCEEDED
    assert len(daemon.sent) == 1


def test_a_429_with_another_code_is_retried(daemon: Daemon) -> None:
    daemon.reply(429, {"code": "RATE_LIMITED_BY_PROXY", "error": "slow down"}, headers={"retry-after": "0"})
    daemon.reply(
        201,
        {
            "id": "5f0c6b1e-0000-4000-8000-000000000001",
            "tier": "mid",
            "namespace": "global",
            "title": "BIND9",
            "agent_id": "a",
        },
    )
    assert daemon.run(_store).title == "BIND9"
    assert len(daemon.sent) == 2

"""Retry counts, computed delays, Retry-After forms, the 60 s cap and the idempotency rule."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from engine_support import (
    CREATE,
    ENV_LIST,
    ENVELOPE_PROFILE,
    GET_MEMORY,
    UPDATE,
    Harness,
    Script,
    TConflict,
    TConnectionError,
    TRateLimit,
    TServerError,
    TStatusError,
    TTimeout,
    envelope,
    envelope_error,
    memory_json,
)

from agent_memory_sdk import _exceptions as E
from agent_memory_sdk._retries import backoff_delay, parse_retry_after

OK = httpx.Response(200, json=memory_json())


def test_backoff_schedule_and_cap() -> None:
    assert [backoff_delay(n, lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff_delay(0, lambda: 1.0) == pytest.approx(0.375)  # 25 % jitter at most
    assert backoff_delay(10, lambda: 0.5) == pytest.approx(8.0 * 0.875)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"}, 10.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    now = email.utils.mktime_tz(email.utils.parsedate_tz("Wed, 21 Oct 2015 07:28:00 GMT"))  # type: ignore[arg-type]
    assert parse_retry_after(httpx.Headers(headers), lambda: float(now)) == expected


def test_get_retried_with_exponential_backoff(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(503), httpx.Response(502), OK]))
    result = h.call(GET_MEMORY, path={"id": "m1"})
    assert result.id == "m1"
    assert len(h.requests) == 3
    assert h.sleeps == [0.5, 1.0]


def test_jitter_shortens_delay(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(500), OK]))
    h.client._random = lambda: 1.0
    h.call(GET_MEMORY, path={"id": "m1"})
    assert h.sleeps == [pytest.approx(0.375)]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_for_idempotent_methods(mode: str, status: int) -> None:
    h = Harness(mode, Script([httpx.Response(status), OK]))
    h.call(UPDATE, path={"id": "m1"}, body={"title": "t"})
    assert len(h.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_not_retried(mode: str, status: int) -> None:
    h = Harness(mode, Script([httpx.Response(status, json={"error": "x"})]))
    with pytest.raises(TStatusError) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    assert info.value.status_code == status
    assert len(h.requests) == 1
    assert h.sleeps == []


def test_budget_exhausted_raises_last_status(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(500, json={"error": "boom"})] * 3))
    with pytest.raises(TServerError) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    assert info.value.body == {"error": "boom"}
    assert len(h.requests) == 3
    assert h.sleeps == [0.5, 1.0]


def test_per_call_and_client_max_retries(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(503)]))
    with pytest.raises(TServerError):
        h.call(GET_MEMORY, path={"id": "m1"}, options={"max_retries": 0})
    assert len(h.requests) == 1
    h2 = Harness(mode, Script([httpx.Response(503)] * 6), max_retries=5)
    with pytest.raises(TServerError):
        h2.call(GET_MEMORY, path={"id": "m1"})
    assert len(h2.requests) == 6
    assert h2.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [({"Retry-After": "2"}, 2.0), ({"retry-after-ms": "1500"}, 1.5), ({"Retry-After": "60"}, 60.0)],
)
def test_retry_after_honoured(mode: str, headers: dict[str, str], expected: float) -> None:
    h = Harness(mode, Script([httpx.Response(503, headers=headers), OK]))
    h.call(GET_MEMORY, path={"id": "m1"})
    assert h.sleeps == [expected]


def test_retry_after_http_date(mode: str) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    h = Harness(mode, Script([httpx.Response(429, headers={"Retry-After": when}), OK]))
    h.call(GET_MEMORY, path={"id": "m1"})
    assert len(h.sleeps) == 1
    assert 17.0 <= h.sleeps[0] <= 20.0


def test_retry_after_past_date_falls_back_to_backoff(mode: str) -> None:
    when = email.utils.formatdate(time.time() - 100, usegmt=True)
    h = Harness(mode, Script([httpx.Response(503, headers={"Retry-After": when}), OK]))
    h.call(GET_MEMORY, path={"id": "m1"})
    assert h.sleeps == [0.5]


@pytest.mark.parametrize("headers", [{"Retry-After": "61"}, {"retry-after-ms": "120000"}])
def test_retry_after_over_cap_raises_instead_of_sleeping(mode: str, headers: dict[str, str]) -> None:
    h = Harness(mode, Script([httpx.Response(429, headers=headers, json={"error": "slow down"})]))
    with pytest.raises(TRateLimit):
        h.call(GET_MEMORY, path={"id": "m1"})
    assert len(h.requests) == 1
    assert h.sleeps == []


def test_unsafe_post_not_retried_after_read_timeout(mode: str) -> None:
    h = Harness(mode, Script([httpx.ReadTimeout("read timed out")]))
    with pytest.raises(TTimeout) as info:
        h.call(CREATE, body={"title": "t"})
    assert len(h.requests) == 1
    assert isinstance(info.value, (TConnectionError, E.APITimeoutError, E.APIConnectionError))
    assert info.value.request.method == "POST"


@pytest.mark.parametrize("error", [httpx.RemoteProtocolError("reset"), httpx.ReadError("eof")])
def test_unsafe_post_not_retried_after_mid_flight_failure(mode: str, error: Exception) -> None:
    h = Harness(mode, Script([error]))
    with pytest.raises(TConnectionError) as info:
        h.call(CREATE, body={"title": "t"})
    assert not isinstance(info.value, TTimeout)
    assert len(h.requests) == 1


@pytest.mark.parametrize(
    "error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("x")]
)
def test_post_retried_when_request_never_sent(mode: str, error: Exception) -> None:
    h = Harness(mode, Script([error, httpx.Response(201, json=memory_json())]))
    assert h.call(CREATE, body={"title": "t"}).id == "m1"
    assert len(h.requests) == 2
    assert h.sleeps == [0.5]


@pytest.mark.parametrize("status", [429, 503])
def test_post_retried_on_not_processed_statuses(mode: str, status: int) -> None:
    h = Harness(mode, Script([httpx.Response(status), httpx.Response(201, json=memory_json())]))
    h.call(CREATE, body={"title": "t"})
    assert len(h.requests) == 2


@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_post_not_retried_on_statuses_that_may_have_applied(mode: str, status: int) -> None:
    h = Harness(mode, Script([httpx.Response(status)]))
    with pytest.raises(TStatusError):
        h.call(CREATE, body={"title": "t"})
    assert len(h.requests) == 1


def test_get_timeouts_retried_then_typed(mode: str) -> None:
    h = Harness(mode, Script([httpx.ReadTimeout("t1"), httpx.ReadTimeout("t2"), httpx.ReadTimeout("t3")]))
    with pytest.raises(TTimeout) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    assert len(h.requests) == 3
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_connection_error_exhausted_is_not_a_timeout(mode: str) -> None:
    h = Harness(mode, Script([httpx.ConnectError("refused")] * 3))
    with pytest.raises(TConnectionError) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    assert not isinstance(info.value, E.APITimeoutError)
    assert len(h.requests) == 3


def test_body_signal_retryable_retries_post_with_its_delay(mode: str) -> None:
    err = envelope_error(409, "TENANT_DATABASE_NOT_READY", True, {"retryAfterSeconds": 2})
    ok = envelope({"memories": [], "count": 0})
    h = Harness(
        mode, Script([httpx.Response(409, json=err), httpx.Response(200, json=ok)]), profile=ENVELOPE_PROFILE
    )
    result, meta = h.call(ENV_LIST, body={})
    assert result.count == 0 and meta["requestId"] == "req-123"
    assert h.sleeps == [2.0]


def test_body_signal_not_retryable_wins_over_status(mode: str) -> None:
    err = envelope_error(503, "NOPE", False)
    h = Harness(mode, Script([httpx.Response(503, json=err)]), profile=ENVELOPE_PROFILE)
    with pytest.raises(TServerError) as info:
        h.call(ENV_LIST, body={})
    assert len(h.requests) == 1
    assert info.value.request_id == "req-err"


def test_body_signal_retry_after_over_cap_raises(mode: str) -> None:
    err = envelope_error(429, "RATE_LIMITED", True, {"retryAfterSeconds": 90})
    h = Harness(mode, Script([httpx.Response(429, json=err)]), profile=ENVELOPE_PROFILE)
    with pytest.raises(TRateLimit):
        h.call(ENV_LIST, body={})
    assert h.sleeps == []


def test_retryable_conflict_with_body_signal_only(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(409, json={"error": "dup"})]), profile=ENVELOPE_PROFILE)
    with pytest.raises(TConflict):
        h.call(ENV_LIST, body={})
    assert len(h.requests) == 1


def test_same_request_resent_on_retry(mode: str) -> None:
    h = Harness(
        mode, Script([httpx.ConnectError("x"), httpx.Response(201, json=memory_json())]), api_key="k" * 8
    )
    h.call(CREATE, body={"title": "t"})
    first, second = h.requests
    assert first.content == second.content == b'{"title":"t"}'
    assert first.headers["x-api-key"] == second.headers["x-api-key"]

"""Webhook verification under fuzzing: ``verify_webhook_signature`` answers a bool and never raises;
``parse_webhook`` raises only ``WebhookVerificationError``; replays are caught by ``ReplayGuard``."""

from __future__ import annotations

import contextlib
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_memory import AiMemoryError
from ai_memory.webhooks import ReplayGuard, parse_webhook, sign_webhook, verify_webhook_signature

SECRET = "whsec-fuzz-secret"
NOW = 1_800_000_000
CID = "0196f1c2-3a4b-7c5d-8e9f-0a1b2c3d4e5f"
BODY = json.dumps(
    {
        "event": "memory_store",
        "memory_id": "m",
        "namespace": "n",
        "agent_id": None,
        "delivered_at": "2027-01-15T08:00:00Z",
        "correlation_id": CID,
    }
)

any_text = st.text(st.characters(codec=None), max_size=60)
bodies = st.one_of(
    any_text, st.binary(max_size=200), st.none(), st.integers(), st.just("\ud800"), st.just(BODY)
)
secrets = st.one_of(
    any_text, st.binary(max_size=40), st.none(), st.just("\udfff"), st.just(SECRET), st.integers()
)
signatures = st.one_of(any_text, st.none(), st.just("sha256=" + "0" * 64), st.binary(max_size=10))
timestamps = st.one_of(st.none(), any_text, st.integers(), st.booleans(), st.floats(), st.just(str(NOW)))
tolerances = st.one_of(st.none(), st.floats(), st.integers(-10, 10**9), st.just(math.nan), any_text)
nows = st.one_of(st.none(), st.floats(), st.integers(), st.just(float(NOW)))
FUZZED = {"cases": 0}
FUZZ = settings(max_examples=250, deadline=None, derandomize=True)


@FUZZ
@given(
    body=bodies, signature=signatures, secret=secrets, timestamp=timestamps, tolerance=tolerances, now=nows
)
def test_verify_never_raises(
    body: Any, signature: Any, secret: Any, timestamp: Any, tolerance: Any, now: Any
) -> None:
    FUZZED["cases"] += 1
    result = verify_webhook_signature(
        body, signature, secret, timestamp=timestamp, tolerance=tolerance, now=now
    )
    assert result is True or result is False


@FUZZ
@given(
    body=bodies,
    secret=secrets,
    headers=st.dictionaries(any_text, st.one_of(any_text, st.binary(max_size=20))),
)
def test_parse_raises_only_the_sdk_error(body: Any, secret: Any, headers: dict[str, Any]) -> None:
    FUZZED["cases"] += 1
    with contextlib.suppress(AiMemoryError):
        parse_webhook(body, headers, secret, now=NOW)


@FUZZ
@given(
    payload=st.recursive(
        st.none() | st.booleans() | any_text, lambda k: st.lists(k) | st.dictionaries(any_text, k)
    )
)
def test_signed_odd_bodies_parse_or_raise_the_sdk_error(payload: Any) -> None:
    FUZZED["cases"] += 1
    body = json.dumps(payload).encode()
    headers = sign_webhook(body, SECRET, timestamp=NOW)
    with contextlib.suppress(AiMemoryError):
        parse_webhook(body, headers, SECRET, now=NOW)


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_a_validly_signed_deep_body_is_rejected_not_crashed(depth: int) -> None:
    body = b'{"event": "memory_store", "x": ' + b"[" * depth + b"]" * depth + b"}"
    with pytest.raises(AiMemoryError):
        parse_webhook(body, sign_webhook(body, SECRET, timestamp=NOW), SECRET, now=NOW)


def test_nan_tolerance_or_clock_never_accepts_a_stale_signature() -> None:
    headers = sign_webhook(BODY, SECRET, timestamp=NOW - 10**6)
    sig, ts = headers["X-AI-Memory-Signature"], headers["X-AI-Memory-Timestamp"]
    assert verify_webhook_signature(BODY, sig, SECRET, timestamp=ts, now=NOW) is False
    assert verify_webhook_signature(BODY, sig, SECRET, timestamp=ts, tolerance=math.nan, now=NOW) is False
    assert verify_webhook_signature(BODY, sig, SECRET, timestamp=ts, now=math.nan) is False
    assert verify_webhook_signature(BODY, sig, SECRET, timestamp=ts, tolerance=None, now=NOW) is True


def test_surrogates_are_false_not_exceptions() -> None:
    headers = sign_webhook(BODY, SECRET, timestamp=NOW)
    sig, ts = headers["X-AI-Memory-Signature"], headers["X-AI-Memory-Timestamp"]
    assert verify_webhook_signature(BODY + "\ud800", sig, SECRET, timestamp=ts, now=NOW) is False
    assert verify_webhook_signature(BODY, sig, SECRET + "\ud800", timestamp=ts, now=NOW) is False
    with pytest.raises(AiMemoryError):
        sign_webhook(BODY, "\ud800")


def test_a_replay_verifies_again_but_the_guard_drops_it() -> None:
    headers = sign_webhook(BODY, SECRET, timestamp=NOW)
    guard = ReplayGuard(tolerance=300)
    first = parse_webhook(BODY, headers, SECRET, now=NOW)
    replay = parse_webhook(BODY, headers, SECRET, now=NOW + 60)  # still inside the window: verifies
    assert guard.first_seen(first, now=NOW) is True
    assert guard.first_seen(replay, now=NOW + 60) is False
    assert guard.first_seen("c2", now=NOW + 61) is True
    assert guard.first_seen(CID, now=NOW + 601) is True  # forgotten after 2 x tolerance: stale anyway
    small = ReplayGuard(max_entries=2)
    for cid in ("a", "b", "c"):
        assert small.first_seen(cid, now=NOW)
    assert len(small) == 2 and small.first_seen("c", now=NOW) is False
    with pytest.raises(ValueError):
        ReplayGuard(tolerance=math.nan)

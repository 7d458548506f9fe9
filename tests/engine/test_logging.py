"""Logging through ``agent_memory_sdk`` and redaction of secrets everywhere."""

from __future__ import annotations

import logging

import httpx
import pytest
from engine_support import (
    BEARER_SECRET,
    CREATE,
    ENV_LIST,
    ENVELOPE_PROFILE,
    GET_MEMORY,
    SECRET,
    WEBHOOK_SECRET,
    Harness,
    Script,
    TAuthError,
    TConnectionError,
    TResponseValidation,
    memory_json,
)

from agent_memory_sdk import _logs
from agent_memory_sdk._redact import Redactor


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="agent_memory_sdk")
    return caplog


def test_request_response_and_retry_logged(mode: str, debug_logs: pytest.LogCaptureFixture) -> None:
    h = Harness(mode, Script([httpx.Response(503), httpx.Response(200, json=memory_json())]), api_key=SECRET)
    h.call(GET_MEMORY, path={"id": "m1"})
    text = debug_logs.text
    assert "Request GET http://testserver/v1/items/m1" in text
    assert "HTTP GET http://testserver/v1/items/m1 -> 503" in text
    assert "-> 200" in text
    assert "Retrying GET http://testserver/v1/items/m1 in 0.500s (status 503; retry 1 of 2)" in text
    assert all(r.name == "agent_memory_sdk" for r in debug_logs.records)


def test_not_retrying_decision_logged(mode: str, debug_logs: pytest.LogCaptureFixture) -> None:
    h = Harness(mode, Script([httpx.ReadTimeout("slow")]))
    with pytest.raises(TConnectionError):
        h.call(CREATE, body={"title": "t"})
    assert (
        "Not retrying POST http://testserver/v1/items: POST may have been applied (ReadTimeout)"
        in debug_logs.text
    )


def test_secrets_never_logged(mode: str, debug_logs: pytest.LogCaptureFixture) -> None:
    h = Harness(
        mode,
        Script([httpx.Response(500), httpx.Response(200, json=memory_json())]),
        api_key=SECRET,
        webhook_secret=WEBHOOK_SECRET,
    )
    h.call(
        GET_MEMORY,
        path={"id": "m1"},
        options={
            "extra_query": {"api_key": SECRET, "token": "tok-abcdef"},
            "extra_headers": {"Cookie": "session=abc123", "X-Echo": WEBHOOK_SECRET},
        },
    )
    text = debug_logs.text
    for secret in (SECRET, WEBHOOK_SECRET, "tok-abcdef", "session=abc123"):
        assert secret not in text
    assert "api_key=%5BREDACTED%5D" in text or "api_key=[REDACTED]" in text
    assert "'x-api-key': '[REDACTED]'" in text
    # the secrets were really sent
    assert h.requests[-1].headers["x-api-key"] == SECRET
    assert h.requests[-1].url.params["api_key"] == SECRET


def test_bearer_token_never_logged(mode: str, debug_logs: pytest.LogCaptureFixture) -> None:
    body = {"ok": True, "data": {"memories": [], "count": 0}, "meta": {"requestId": "r"}}
    h = Harness(
        mode, Script([httpx.Response(200, json=body)]), profile=ENVELOPE_PROFILE, api_key=BEARER_SECRET
    )
    h.call(ENV_LIST, body={})
    assert h.requests[0].headers["authorization"] == f"Bearer {BEARER_SECRET}"
    assert BEARER_SECRET not in debug_logs.text


def test_secrets_not_in_error_messages(mode: str) -> None:
    echo = {"error": f"invalid API key {SECRET}", "hint": WEBHOOK_SECRET}
    h = Harness(
        mode,
        Script(
            [httpx.Response(401, json=echo), httpx.ConnectError(f"boom {SECRET}")]
            + [httpx.ConnectError("x")] * 2
        ),
        api_key=SECRET,
        webhook_secret=WEBHOOK_SECRET,
    )
    with pytest.raises(TAuthError) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    for text in (str(info.value), repr(info.value), info.value.message):
        assert SECRET not in text and WEBHOOK_SECRET not in text
    with pytest.raises(TConnectionError) as info2:
        h.call(GET_MEMORY, path={"id": "m1"}, options={"max_retries": 0})
    assert SECRET not in str(info2.value) and SECRET not in repr(info2.value)


def test_secrets_not_in_parse_errors(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, text=f"<html>{SECRET}</html>")]), api_key=SECRET)
    with pytest.raises(TResponseValidation) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    assert SECRET not in str(info.value)


def test_env_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("agent_memory_sdk")
    old_level, old_handlers = logger.level, list(logger.handlers)
    monkeypatch.setattr(_logs, "_configured", False)
    monkeypatch.setenv("AGENT_MEMORY_LOG", "debug")
    try:
        _logs.setup_logging()
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(old_handlers) + 1
        _logs.setup_logging()  # once per process
        assert len(logger.handlers) == len(old_handlers) + 1
    finally:
        logger.handlers[:] = old_handlers
        logger.setLevel(old_level)
    monkeypatch.setattr(_logs, "_configured", False)
    monkeypatch.setenv("AGENT_MEMORY_LOG", "info")
    try:
        _logs.setup_logging()
        assert logger.level == logging.INFO
    finally:
        logger.handlers[:] = old_handlers
        logger.setLevel(old_level)
    monkeypatch.setattr(_logs, "_configured", False)
    monkeypatch.setenv("AGENT_MEMORY_LOG", "")
    _logs.setup_logging()
    assert logger.handlers == old_handlers


def test_redactor_units() -> None:
    r = Redactor([SECRET, None, "ab"], secret_headers={"X-API-Key"}, secret_query_params={"api_key"})
    assert r.text(f"a {SECRET} b ab") == "a [REDACTED] b ab"
    assert r.headers({"X-Api-Key": "v", "Other": SECRET}) == {
        "X-Api-Key": "[REDACTED]",
        "Other": "[REDACTED]",
    }
    assert SECRET not in r.url(f"http://h/p?api_key={SECRET}&x=1")
    assert r.url("http://h/p?x=1") == "http://h/p?x=1"

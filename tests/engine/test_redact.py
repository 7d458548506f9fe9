"""``_redact``: secret body fields (the spec's ``format: password``) on ``error.request`` and in
messages, found at any depth of the JSON body."""

from __future__ import annotations

import json

import httpx

from agent_memory_sdk._constants import REDACTED
from agent_memory_sdk._redact import Redactor

SECRET = "whsec-0123456789abcdef"


def _request(body: object) -> httpx.Request:
    return httpx.Request("POST", "http://h.test/x", json=body)


def test_secret_fields_are_hidden_at_any_depth_and_the_rest_is_kept() -> None:
    redactor = Redactor(secret_fields={"secret", "tursoDbToken"})
    body = {"url": "https://hooks.test", "secret": SECRET, "nested": [{"tursoDbToken": "tok-123456"}]}
    clean = json.loads(redactor.request(_request(body)).content)
    assert clean == {"url": "https://hooks.test", "secret": REDACTED, "nested": [{"tursoDbToken": REDACTED}]}


def test_an_error_raised_by_a_call_that_sent_a_secret_has_it_scrubbed_everywhere() -> None:
    redactor = Redactor(secret_fields={"secret"})
    error = ValueError(f"server said: bad secret {SECRET!r}")
    error.request = _request({"secret": SECRET})  # type: ignore[attr-defined]
    redactor.scrub_exception(error)
    assert SECRET not in str(error) and REDACTED in str(error)
    assert SECRET.encode() not in error.request.content  # type: ignore[attr-defined]


def test_bodies_without_secret_fields_or_not_json_are_left_alone() -> None:
    redactor = Redactor(secret_fields={"secret"})
    plain = _request({"title": "t", "secret_count": 2})
    assert redactor.request(plain).content == plain.content
    text = httpx.Request("POST", "http://h.test/x", content=b"secret=" + SECRET.encode())
    assert redactor.request(text).content == text.content  # not JSON: only known secrets are scrubbed
    assert redactor.for_request(None) is redactor

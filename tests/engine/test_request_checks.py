"""Client-side checks before sending: body validation against the spec, and scope defaults."""

from __future__ import annotations

import sys
from typing import Any, ClassVar

import httpx
import pytest
from engine_support import PKG, PROFILE, Harness, Script, TClientValidation, memory_json, op

from agent_memory_sdk import NOT_GIVEN
from agent_memory_sdk._profile import APIProfile
from agent_memory_sdk._runtime import BaseModel


class Scope(BaseModel):
    tenantId: str | None = None
    userId: str | None = None

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "tenantId": {"min_length": 1, "max_length": 5}
    }


class Body(BaseModel):
    content: str
    limit: int | None = None
    tags: list[str] | None = None
    scope: Scope | None = None

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        # The non-blank pattern the specs give trimmed strings, beside the length limits.
        "content": {"min_length": 1, "max_length": 10, "pattern": "[^\\s]"},
        "limit": {"minimum": 1, "maximum": 50},
        "tags": {"max_items": 2, "items": {"max_length": 3}},
    }


sys.modules[f"{PKG}.checks"] = sys.modules[__name__]

ADD = op(
    "add",
    "POST",
    "/sdk/add",
    {201: "models:Memory"},
    content_type="application/json",
    request_model="checks:Body",
    sdk={"scope": "body"},
)
BULK_ADD = op(
    "bulk_add",
    "POST",
    "/sdk/bulk",
    {200: None},
    content_type="application/json",
    request_model="checks:Body",
    request_array=True,
)
UNCHECKED = op(
    "unchecked",
    "POST",
    "/sdk/unchecked",
    {200: None},
    content_type="application/json",
    request_model="checks:Body",
    sdk={"validate": False},
)
STATUS = op("status", "GET", "/sdk/status", {200: None}, sdk={"scope": "query"})

SCOPED = APIProfile(
    name="Scoped",
    default_base_url="http://scoped.test",
    client_options={"tenant_id": None, "user_id": None},
    scope_options={"tenantId": "tenant_id", "userId": "user_id"},
    send_null=False,
    client_validation_error=TClientValidation,
)

CREATED = httpx.Response(201, json=memory_json())


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"content": "   "}, "content: must not be blank"),
        ({"content": "x" * 11}, "content: must be at most 10 characters (got 11)"),
        ({"content": "ok", "limit": 51}, "limit: must be at most 50 (got 51)"),
        ({"content": "ok", "limit": 5.5}, "limit: Input should be a valid integer"),
        ({"content": "ok", "tags": ["a", "b", "c"]}, "tags: must have at most 2 items (got 3)"),
        ({"content": "ok", "tags": ["abcd"]}, "tags[0]: must be at most 3 characters (got 4)"),
        ({"content": "ok", "scope": {"tenantId": "toolong"}}, "scope.tenantId: must be at most 5 characters"),
        ({}, "content: Field required"),
    ],
)
def test_a_bad_body_fails_before_any_request_and_names_the_field(
    mode: str, body: dict[str, Any], message: str
) -> None:
    h = Harness(mode, Script([]))
    with pytest.raises(TClientValidation) as caught:
        h.call(ADD, body=body)
    assert message in str(caught.value)
    assert caught.value.param == message.split(":")[0]
    assert h.requests == []


def test_a_blank_string_is_one_problem_though_it_also_breaks_the_non_blank_pattern(mode: str) -> None:
    h = Harness(mode, Script([]))
    with pytest.raises(TClientValidation) as caught:
        h.call(ADD, body={"content": " \t "})
    assert str(caught.value).endswith(" content: must not be blank")
    assert "pattern" not in str(caught.value)
    assert h.requests == []


def test_a_good_body_is_sent_as_given_trimming_only_for_the_check(mode: str) -> None:
    h = Harness(mode, Script([CREATED]))
    h.call(ADD, body={"content": "  padded  ", "limit": NOT_GIVEN})
    assert h.script.bodies() == [{"content": "  padded  "}]


def test_array_bodies_report_the_item_index(mode: str) -> None:
    h = Harness(mode, Script([]))
    with pytest.raises(TClientValidation, match=r"\[1\]\.content: Field required"):
        h.call(BULK_ADD, body=[{"content": "a"}, {"limit": 2}])
    assert h.requests == []


def test_validation_can_be_switched_off_per_client_and_per_operation(mode: str) -> None:
    h = Harness(mode, Script([CREATED, httpx.Response(200)]), validate_requests=False)
    h.call(ADD, body={"content": "x" * 99})
    strict = Harness(mode, Script([httpx.Response(200)]))
    strict.call(UNCHECKED, body={"content": "x" * 99})
    assert len(h.requests) == 1 and len(strict.requests) == 1
    relaxed = strict.client.with_options(validate_requests=False)
    assert relaxed.validate_requests is False and strict.client.validate_requests is True


def test_scope_defaults_fill_the_body_and_a_call_value_wins(mode: str) -> None:
    h = Harness(mode, Script([CREATED, CREATED]), profile=SCOPED, tenant_id="acme", user_id="u1")
    h.call(ADD, body={"content": "a", "scope": {"tenantId": NOT_GIVEN, "userId": "u2"}})
    h.call(ADD, body={"content": "b"})
    assert h.script.bodies() == [
        {"content": "a", "scope": {"tenantId": "acme", "userId": "u2"}},
        {"content": "b", "scope": {"tenantId": "acme", "userId": "u1"}},
    ]


def test_an_empty_scope_is_left_out(mode: str) -> None:
    h = Harness(mode, Script([CREATED]), profile=SCOPED)
    h.call(ADD, body={"content": "a", "scope": {"tenantId": NOT_GIVEN, "userId": None}})
    assert h.script.bodies() == [{"content": "a"}]


def test_scope_defaults_fill_the_query(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200)]), profile=SCOPED, tenant_id="acme")
    h.call(STATUS, query={"userId": "me"})
    assert dict(h.requests[0].url.params) == {"userId": "me", "tenantId": "acme"}


def test_operations_without_scope_are_untouched(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200)]), profile=PROFILE, agent_id="a")
    h.call(UNCHECKED, body={"content": "x"})
    assert h.script.bodies() == [{"content": "x"}]

"""Generic engine hooks added for the API shells: ``APIProfile.option_validators`` (client options
checked at construction, in ``copy()`` and as per-call header values), ``APIProfile.server_noun``
(the unsupported-route message) and ``x-sdk.paginate.default_limit``."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest
from engine_support import CREATE, PROFILE, UNSERVED, Harness, Script, TClientValidation, op

from agent_memory_sdk import UnsupportedEndpointError
from agent_memory_sdk._pagination import OffsetPaging


def _no_spaces(value: Any) -> str | None:
    return "must not contain spaces" if " " in str(value) else None


CHECKED = dataclasses.replace(PROFILE, option_validators={"agent_id": _no_spaces})
CREATED = httpx.Response(201, json={"id": "m1", "title": "t", "tier": "short", "tags": []})


def test_bad_option_fails_at_construction(mode: str) -> None:
    with pytest.raises(TClientValidation) as info:
        Harness(mode, profile=CHECKED, agent_id="a b")
    assert info.value.param == "agent_id" and "invalid agent_id: must not contain spaces" in str(info.value)


def test_bad_option_from_env_fails(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_AGENT_ID", "from env")
    with pytest.raises(TClientValidation):
        Harness(mode, profile=CHECKED)


def test_bad_option_in_copy_fails(mode: str) -> None:
    h = Harness(mode, profile=CHECKED, agent_id="ok")
    with pytest.raises(TClientValidation):
        h.client.with_options(agent_id="not ok")
    assert h.client.with_options(agent_id="fine").options["agent_id"] == "fine"


def test_bad_per_call_header_fails_before_sending(mode: str) -> None:
    h = Harness(mode, Script([CREATED]), profile=CHECKED, agent_id="client")
    with pytest.raises(TClientValidation):
        h.call(CREATE, body={"title": "t"}, headers={"X-Agent-Id": "per call"})
    assert h.requests == []
    h.call(CREATE, body={"title": "t"}, headers={"X-Agent-Id": "per-call"})
    assert h.requests[0].headers["x-agent-id"] == "per-call"


def test_no_validators_accepts_anything(mode: str) -> None:
    h = Harness(mode, Script([CREATED]), agent_id="a b")
    h.call(CREATE, body={"title": "t"})
    assert h.requests[0].headers["x-agent-id"] == "a b"


def test_server_noun_in_unsupported_message(mode: str) -> None:
    profile = dataclasses.replace(PROFILE, server_noun="daemon")
    h = Harness(mode, Script([httpx.Response(404)]), profile=profile)
    with pytest.raises(UnsupportedEndpointError, match="the daemon has no such route"):
        h.call(UNSERVED, path={"id": "x"})


def test_default_limit_is_the_step_when_no_limit_is_passed(mode: str) -> None:
    listing = op(
        "list_default",
        "GET",
        "/v1/items",
        {200: "models:MemoryList"},
        sdk={"paginate": {"style": "offset", "items": "memories", "advance": "limit", "default_limit": 2}},
    )
    data = [{"id": f"m{i}", "title": "t", "tier": "short", "tags": []} for i in range(5)]

    def handle(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        rows = [r for i, r in enumerate(data[offset : offset + 2], start=offset) if i != 0]  # row 0 hidden
        return httpx.Response(200, json={"memories": rows, "count": len(rows)})

    h = Harness(mode, Script(default=handle))
    assert [m.id for m in h.all_items(h.call(listing))] == ["m1", "m2", "m3", "m4"]
    assert [r.url.params.get("offset") for r in h.requests] == [None, "2", "4", "6"]


def test_default_limit_parsing() -> None:
    paging = OffsetPaging.from_sdk({"items": "x", "advance": "limit", "default_limit": 20})
    assert paging.next_query({}, 19) == {"offset": 20}
    assert paging.next_query({"limit": 5}, 3) == {"limit": 5, "offset": 5}
    assert OffsetPaging.from_sdk({"items": "x"}).next_query({}, 19) == {"offset": 19}

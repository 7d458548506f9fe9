"""Request building (path, query, body, csv, extras) and response shaping (unwrap, chunk, text, 204)."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import unquote

import httpx
import pytest
from engine_support import (
    BULK,
    CREATE,
    DELETE,
    ENV_LIST,
    ENVELOPE_PROFILE,
    GET_MEMORY,
    GET_UNWRAP,
    METRICS,
    SEARCH,
    SUBSCRIBE,
    BulkResult,
    Harness,
    MemoryWithLinks,
    NewMemory,
    Script,
    TClientValidation,
    Tier,
    envelope,
    memory_json,
    op,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_memory_sdk import NOT_GIVEN
from agent_memory_sdk._serialize import build_path, to_jsonable

OK = httpx.Response(200, json=memory_json())
CREATED = httpx.Response(201, json=memory_json())
WHEN = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)


def test_not_given_dropped_none_kept(mode: str) -> None:
    h = Harness(mode, Script([CREATED]))
    h.call(
        CREATE,
        body={"title": "t", "content": NOT_GIVEN, "agent_id": None, "nested": {"a": NOT_GIVEN, "b": None}},
    )
    assert h.script.bodies() == [{"title": "t", "agent_id": None, "nested": {"b": None}}]


def test_never_send_null_profile_switch(mode: str) -> None:
    data = envelope({"memories": [], "count": 0})
    h = Harness(mode, Script([httpx.Response(200, json=data)]), profile=ENVELOPE_PROFILE)
    model = NewMemory(title="t", content=None)
    h.call(
        ENV_LIST,
        body={"query": None, "scope": {"tenantId": None, "userId": "u"}, "m": model, "xs": [None, 1]},
    )
    assert h.script.bodies() == [{"scope": {"userId": "u"}, "m": {"title": "t"}, "xs": [None, 1]}]


def test_model_body_dumped_by_alias_exclude_unset(mode: str) -> None:
    h = Harness(mode, Script([CREATED]))
    h.call(CREATE, body=NewMemory(title="t", agent_id=None))
    assert h.script.bodies() == [{"title": "t", "agent_id": None}]


def test_enums_datetimes_in_body_and_query(mode: str) -> None:
    h = Harness(mode, Script([CREATED, httpx.Response(200, json={"memories": [], "count": 0})]))
    h.call(CREATE, body={"title": "t", "tier": Tier.LONG, "at": WHEN, "day": WHEN.date(), "tags": ("a", "b")})
    h.call(SEARCH, query={"tier": Tier.SHORT, "since": WHEN, "archived": True, "verbose": False, "limit": 5})
    assert h.script.bodies()[0] == {
        "title": "t",
        "tier": "long",
        "at": "2026-01-02T03:04:05+00:00",
        "day": "2026-01-02",
        "tags": ["a", "b"],
    }
    params = h.requests[1].url.params
    assert params["tier"] == "short"
    assert params["since"] == "2026-01-02T03:04:05+00:00"
    assert (params["archived"], params["verbose"], params["limit"]) == ("true", "false", "5")


def test_query_lists_repeat_and_csv_fields_join(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, json={"memories": [], "count": 0})]))
    h.call(
        SEARCH,
        query={"tags": ["a", "b", "c"], "kinds": ["x", "y"], "q": "hi", "skip": NOT_GIVEN, "none": None},
    )
    params = h.requests[0].url.params
    assert params["tags"] == "a,b,c"
    assert params.get_list("kinds") == ["x", "y"]
    assert "skip" not in params and "none" not in params


def test_csv_body_field(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200)]))
    assert h.call(SUBSCRIBE, body={"url": "https://x", "events": ["store", "delete"]}) is None
    assert h.script.bodies() == [{"url": "https://x", "events": "store,delete"}]


def test_extra_body_and_extra_query(mode: str) -> None:
    h = Harness(mode, Script([CREATED]))
    h.call(
        CREATE,
        query={"a": "1", "b": "2"},
        body={"title": "t", "x": 1},
        options={"extra_body": {"x": 2, "force": True}, "extra_query": {"b": "3", "api_version": "2"}},
    )
    assert h.script.bodies() == [{"title": "t", "x": 2, "force": True}]
    assert dict(h.requests[0].url.params) == {"a": "1", "b": "3", "api_version": "2"}


def test_extra_body_needs_an_object_body(mode: str) -> None:
    h = Harness(mode)
    with pytest.raises(TClientValidation, match="extra_body"):
        h.call(BULK, body=[{"title": "a"}], options={"extra_body": {"x": 1}})


def test_json_operation_always_sends_a_body(mode: str) -> None:
    h = Harness(mode, Script([CREATED, CREATED, httpx.Response(200, json={"created": 0})]))
    h.call(CREATE, body=NOT_GIVEN)
    h.call(CREATE, body={"title": NOT_GIVEN})
    h.call(BULK, body=None)
    assert [r.content for r in h.requests] == [b"{}", b"{}", b"[]"]
    assert all(r.headers["content-type"] == "application/json" for r in h.requests)


def test_non_json_operation_sends_no_body(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(204)]))
    assert h.call(DELETE, path={"id": "m1"}) is None
    assert h.requests[0].content == b""
    assert "content-type" not in h.requests[0].headers


def test_path_params_percent_encoded(mode: str) -> None:
    h = Harness(mode, Script([OK, OK]))
    h.call(GET_MEMORY, path={"id": "a/b c?d#e"})
    h.call(GET_MEMORY, path={"id": 42})
    assert h.requests[0].url.raw_path == b"/v1/items/a%2Fb%20c%3Fd%23e"
    assert h.requests[1].url.path == "/v1/items/42"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1))
def test_path_encoding_round_trips(value: str) -> None:
    path = build_path(GET_MEMORY, {"id": value}, TClientValidation)
    segment = path.removeprefix("/v1/items/")
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert unquote(segment) == value


def test_base_url_with_prefix(mode: str) -> None:
    h = Harness(mode, Script([OK]), base_url="http://host:9077/prefix/")
    h.call(GET_MEMORY, path={"id": "m1"})
    assert str(h.requests[0].url) == "http://host:9077/prefix/v1/items/m1"


def test_text_and_empty_responses(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, text="# HELP x\nx 1\n"), httpx.Response(204)]))
    assert h.call(METRICS) == "# HELP x\nx 1\n"
    assert h.call(DELETE, path={"id": "m1"}) is None


def test_unwrap_with_merge_into_returns_model(mode: str) -> None:
    body = {"memory": {"id": "m1", "title": "t"}, "links": ["l1", "l2"], "other": 1}
    h = Harness(mode, Script([httpx.Response(200, json=body)]))
    result = h.call(GET_UNWRAP, path={"id": "m1"})
    assert isinstance(result, MemoryWithLinks)
    assert (result.id, result.links) == ("m1", ["l1", "l2"])


def test_unwrap_without_returns_gives_the_field(mode: str) -> None:
    plain = op(
        "plain_unwrap", "GET", "/v1/x", {200: "models:GetWrapper"}, sdk={"unwrap": {"field": "memory"}}
    )
    h = Harness(mode, Script([httpx.Response(200, json={"memory": {"id": "m9"}})]))
    assert h.call(plain) == {"id": "m9"}


def test_chunking_splits_and_merges(mode: str) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)
        return httpx.Response(200, json={"created": len(items), "errors": [f"e{len(items)}"], "batch": "b"})

    h = Harness(mode, Script(default=handle))
    result = h.call(BULK, body=[{"title": f"t{i}"} for i in range(2500)])
    assert [len(b) for b in h.script.bodies()] == [1000, 1000, 500]
    assert h.script.bodies()[2][0] == {"title": "t2000"}
    assert isinstance(result, BulkResult)
    assert (result.created, result.errors, result.batch) == (2500, ["e1000", "e1000", "e500"], "b")


def test_chunking_not_needed_and_dict_results(mode: str) -> None:
    loose = op(
        "bulk_loose",
        "POST",
        "/v1/b",
        {},
        content_type="application/json",
        sdk={"chunk": {"max_items": 2, "sum": ["n"], "concat": ["ids"]}},
    )
    h = Harness(mode, Script(default=lambda r: httpx.Response(200, json={"n": 1, "ids": ["x"], "k": "v"})))
    assert h.call(loose, body=[1, 2]) == {"n": 1, "ids": ["x"], "k": "v"}
    assert h.call(loose, body=[1, 2, 3]) == {"n": 2, "ids": ["x", "x"], "k": "v"}
    assert len(h.requests) == 3


def test_to_jsonable_misc() -> None:
    import decimal
    import uuid

    u = uuid.UUID(int=1)
    assert to_jsonable({"u": u, "d": decimal.Decimal("1.5"), "s": {1}, "t": dt.time(1, 2)}) == {
        "u": str(u),
        "d": "1.5",
        "s": [1],
        "t": "01:02:00",
    }


def test_raw_response_kinds(mode: str) -> None:
    kinds = op("kinds", "GET", "/v1/k", {200: "bytes", 201: "json", 202: "json"})
    h = Harness(
        mode,
        Script(
            [
                httpx.Response(200, content=b"\x00\x01"),
                httpx.Response(201, json=[1, {"a": 2}]),
                httpx.Response(202),
            ]
        ),
    )
    assert h.call(kinds) == b"\x00\x01"
    assert h.call(kinds) == [1, {"a": 2}]
    with pytest.raises(Exception, match="empty body"):
        h.call(kinds)


def test_parsed_timestamp_is_sent_as_iso_8601(mode: str) -> None:
    from agent_memory_sdk._runtime import parse_timestamp

    stamp = parse_timestamp("2026-05-07T12:00:00.123456789+00:00")  # pydantic keeps microseconds
    h = Harness(mode, Script([CREATED]))
    h.call(CREATE, body={"title": "t", "at": stamp})
    assert h.script.bodies() == [{"title": "t", "at": "2026-05-07T12:00:00.123456+00:00"}]

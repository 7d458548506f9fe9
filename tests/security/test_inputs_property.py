"""Property: whatever a caller passes and whatever the server answers, the outcome is a result or
the API's own error (``AiMemoryError`` / ``MemoriesError``) — never a raw Python exception."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ai_memory
import memories_sh

warnings.filterwarnings("ignore", message="Generating overly large repr")
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# text with surrogates, controls and non-ASCII; occasionally huge
nasty_text = st.one_of(
    st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=40),
    st.sampled_from([".", "..", "\ud800", "a\ud800b", "\x00", "\r\n", "sk-\n", "é", "%2e%2e", "/../", " "]),
    st.integers(1, 3).map(lambda n: "x" * (n * 40_000)),
)
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), nasty_text)
nested = st.recursive(
    json_leaf, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(nasty_text, kids, max_size=3)
)


def deep(n: int) -> Any:
    value: Any = "leaf"
    for _ in range(n):
        value = [value]
    return value


def self_referencing() -> Any:
    value: dict[str, Any] = {}
    value["self"] = value
    return value


odd_values = st.one_of(
    nested, st.integers(1500, 3000).map(deep), st.just(None).map(lambda _: self_referencing())
)

answers = st.one_of(
    st.tuples(
        st.sampled_from([200, 201, 204, 301, 400, 404, 409, 422, 429, 500, 503]), st.binary(max_size=200)
    ),
    st.tuples(st.sampled_from([200, 400, 500]), st.integers(1000, 50_000).map(lambda n: b"[" * n + b"]" * n)),
    st.tuples(st.sampled_from([200, 400]), nested.map(lambda v: json.dumps(v).encode())),
)


def transport(status: int, body: bytes) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def ai_calls(client: ai_memory.AiMemoryClient, value: Any, text: Any) -> list[Any]:
    return [
        lambda: client.get(text),
        lambda: client.list(namespace=text, limit=5),
        lambda: client.store(title=text, content=text, tier="short", metadata={"v": value}),
        lambda: client.promote(text),
        lambda: client.with_options(headers={"X-Extra": text}).get("m1"),
        lambda: client.get("m1", extra_query={"q": text}, extra_headers={"X-H": text}),
        lambda: client.with_options(api_key=text).get("m1"),
        lambda: client.store(title="t", content="c", tier="short", extra_body={"x": value}),
    ]


def mem_calls(client: memories_sh.MemoriesClient, value: Any, text: Any) -> list[Any]:
    return [
        lambda: client.memories.add(content=text, tags=[text], metadata={"v": value}),
        lambda: client.memories.search(query=text),
        lambda: client.memories.list(extra_query={"q": text}),
        lambda: client.with_options(tenant_id=text).memories.list(),
        lambda: client.memories.forget(id=text),
        lambda: client.with_options(api_key=text).memories.list(),
    ]


OUTCOMES: dict[str, int] = {"cases": 0, "untyped": 0}


@pytest.mark.parametrize("api", ["ai_memory", "memories_sh"])
@SETTINGS
@given(text=nasty_text, value=odd_values, answer=answers, which=st.integers(0, 7))
def test_every_outcome_is_a_result_or_the_apis_error(
    api: str, text: Any, value: Any, answer: Any, which: int
) -> None:
    status, body = answer
    OUTCOMES["cases"] += 1
    if api == "ai_memory":
        http = httpx.Client(transport=transport(status, body))
        client: Any = ai_memory.AiMemoryClient(
            "http://daemon", api_key="sk-prop-key", http_client=http, max_retries=0
        )
        calls, base = ai_calls(client, value, text), ai_memory.AiMemoryError
    else:
        http = httpx.Client(transport=transport(status, body))
        client = memories_sh.MemoriesClient(
            "mem_" + "c" * 64, base_url="http://svc", http_client=http, max_retries=0
        )
        calls, base = mem_calls(client, value, text), memories_sh.MemoriesError
    call = calls[which % len(calls)]
    try:
        call()
    except base:
        pass  # the API's own error: fine
    except Exception as error:  # anything else is a bug
        OUTCOMES["untyped"] += 1
        raise AssertionError(f"untyped {type(error).__name__} escaped: {error!r:.300}") from error

"""No credential — of any kind, with or without stray whitespace/control characters — shows in
str, repr, tracebacks, pickles, ``error.request``, or logs at DEBUG (ours, httpx's, httpcore's)."""

from __future__ import annotations

import json
import logging
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import pytest

import ai_memory
import memories_sh

from .fault_server import FaultServer

CORE = "s3cr3t-Credential-9f8e7d6c5b4a"
SHAPES = ["{}", "{}\n", "{}\r\n", " {}", "{}\t", "{}\x00", "{}\x7f", "{} tail", "{}é"]


def spellings(secret: str) -> set[str]:
    """Every way the secret (or its core) could leak into text or bytes."""
    raw = secret.encode("utf-8", "surrogatepass")
    return {secret, secret.strip(), repr(secret)[1:-1], json.dumps(secret)[1:-1], repr(raw)[2:-1], CORE}


def ai_key(server: FaultServer, fault: str, secret: str) -> Any:
    return ai_memory.AiMemoryClient(f"{server.url}/{fault}", api_key=secret, max_retries=1)


def ai_query_key(server: FaultServer, fault: str, secret: str) -> Any:
    client = ai_memory.AiMemoryClient(f"{server.url}/{fault}", max_retries=1)
    return client.with_options(headers={}), {"extra_query": {"api_key": secret}}


def mem_key(server: FaultServer, fault: str, secret: str) -> Any:
    return memories_sh.MemoriesClient(secret, base_url=f"{server.url}/{fault}", max_retries=1)


def mem_management(server: FaultServer, fault: str, secret: str) -> Any:
    return memories_sh.MemoriesClient(
        "mem_" + "d" * 64, base_url=f"{server.url}/{fault}", management_token=secret, max_retries=1
    )


def mem_cookie(server: FaultServer, fault: str, secret: str) -> Any:
    return memories_sh.MemoriesClient(
        "mem_" + "d" * 64, base_url=f"{server.url}/{fault}", session_cookie=secret, max_retries=1
    )


def call_ai(client: Any) -> None:
    client._sleep = lambda s: None
    client.get("m1")


def call_ai_query(pair: Any) -> None:
    client, options = pair
    client._sleep = lambda s: None
    client.get("m1", **options)


def call_mem(client: Any) -> None:
    client._sleep = lambda s: None
    client.memories.list()


def call_mem_management(client: Any) -> None:
    client._sleep = lambda s: None
    client.management.keys.get()


def ai_body(server: FaultServer, fault: str, secret: str) -> Any:
    return ai_memory.AiMemoryClient(f"{server.url}/{fault}", max_retries=1), secret


def mem_body(server: FaultServer, fault: str, secret: str) -> Any:
    client = memories_sh.MemoriesClient("mem_" + "d" * 64, base_url=f"{server.url}/{fault}", max_retries=1)
    return client, secret


def call_ai_subscribe(pair: Any) -> None:
    client, secret = pair
    client._sleep = lambda s: None
    client.subscribe(url="https://hooks.example.com/in", secret=secret)


def call_mem_attach(pair: Any) -> None:
    client, secret = pair
    client._sleep = lambda s: None
    client.management.tenant_overrides.upsert(
        "tenant-1", mode="attach", turso_db_url="libsql://db.example.com", turso_db_token=secret
    )


KINDS: dict[str, tuple[Callable[..., Any], Callable[[Any], None]]] = {
    "ai-memory X-API-Key": (ai_key, call_ai),
    "ai-memory ?api_key=": (ai_query_key, call_ai_query),
    "memories.sh Bearer key": (mem_key, call_mem),
    "memories.sh management token": (mem_management, call_mem_management),
    "memories.sh session cookie": (mem_cookie, call_mem_management),
    # secrets in request bodies: the spec's ``format: password`` fields
    "ai-memory subscribe(secret=)": (ai_body, call_ai_subscribe),
    "memories.sh tenant_overrides.upsert(turso_db_token=)": (mem_body, call_mem_attach),
}
FAULTS = ["reset", "html", "deep-error", "wrong-types", "bomb", "ok"]

SCANNED = {"cases": 0, "found": 0, "untyped": 0}


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("shape", SHAPES)
def test_no_surface_shows_a_credential(
    fault: FaultServer, kind: str, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    secret = shape.format(CORE)
    make, call = KINDS[kind]
    caplog.set_level(logging.DEBUG)  # the root logger: ours, httpx's and httpcore's records
    for fault_name in FAULTS if shape == "{}" else FAULTS[:2]:
        try:
            target = make(fault, fault_name, secret)
        except Exception as error:  # a credential refused at construction: scanned like the rest
            surfaces(error, secret, None)
            continue
        client = target[0] if isinstance(target, tuple) else target
        if fault_name == "bomb":
            client = client.with_options(max_response_size=4096)
            target = (client, target[1]) if isinstance(target, tuple) else client
        try:
            call(target)
        except Exception as error:
            if not isinstance(error, (ai_memory.AiMemoryError, memories_sh.MemoriesError)):
                SCANNED["untyped"] += 1
                raise AssertionError(f"untyped {error!r}") from error
            surfaces(error, secret, client)
        else:  # a 2xx body of the wrong types is a typed result (drift tolerance): the logs are scanned
            assert fault_name == "wrong-types", f"{fault_name}: expected an error"
    logs = "\n".join(record.getMessage() for record in caplog.records)
    scan(logs, secret, "logs")


def surfaces(error: BaseException, secret: str, client: Any) -> None:
    SCANNED["cases"] += 1
    texts = {
        "str": str(error),
        "repr": repr(error),
        "traceback": "".join(traceback.format_exception(error)),
        "pickle": pickle.dumps(error).decode("latin-1"),
        "client repr": repr(client),
    }
    request = getattr(error, "request", None)
    if request is not None:
        texts["error.request"] = f"{request.url} {request.headers.raw!r} {request.content!r}"
    response = getattr(error, "response", None)
    if response is not None:
        texts["error.response.request"] = (
            f"{response.request.url} {response.request.headers.raw!r} {response.request.content!r}"
        )
    for where, text in texts.items():
        scan(text, secret, where)
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is type(error) and str(clone) == str(error)


def scan(text: str, secret: str, where: str) -> None:
    for spelling in spellings(secret):
        if spelling in text:
            SCANNED["found"] += 1
            raise AssertionError(f"{where} shows the credential ({spelling!r})")

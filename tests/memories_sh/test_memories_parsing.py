"""Lenient parsing (reference §2.1, §7): opaque ids, both timestamp formats, unknown enum values
and fields newer servers add are kept."""

from __future__ import annotations

import copy

import httpx
from memories_support import Harness, success_example, values


def test_lenient_memory_records(mode: str) -> None:
    status, example = success_example("memories_list")
    body = copy.deepcopy(example)
    record = dict(body["data"]["memories"][0])
    record.update(
        id="vnz2WtMb1vUA",  # CLI nanoid, not hex, no mem_ prefix
        type="preference",  # a type this client does not know
        layer="episodic",
        createdAt="2026-02-11 12:00:00",
        updatedAt="2026-02-11T12:00:00.000Z",
        embeddingModel="text-embedding-3-small",  # a field newer servers add
    )
    body["data"]["memories"] = [record]
    body["data"]["trace"] = {"appliedStrategy": "hybrid"}
    h = Harness(mode, [httpx.Response(status, json=body)])
    result = h.call("memories.list")
    memory = result.memories[0]
    assert memory.id == "vnz2WtMb1vUA"
    assert memory.type.value == "preference" and not memory.type.is_known
    assert memory.layer.value == "episodic"
    assert memory["embeddingModel"] == "text-embedding-3-small"
    assert result["trace"] == {"appliedStrategy": "hybrid"}
    assert values(result.to_dict()["memories"][0]) == values(record)


def test_unknown_error_type_kept(mode: str) -> None:
    from memories_sh import UnknownError

    body = {
        "ok": False,
        "data": None,
        "error": {"type": "quota_error", "code": "QUOTA", "message": "m", "status": 402, "retryable": False},
        "meta": {"version": "2026-02-11", "endpoint": "/x", "requestId": "r", "timestamp": "t"},
    }
    h = Harness(mode, [httpx.Response(402, json=body)])
    try:
        h.call("memories.list")
    except UnknownError as error:
        assert error.type == "quota_error"
    else:  # pragma: no cover
        raise AssertionError("no error")

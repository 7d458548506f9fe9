"""The strict response check (tests/support/strict_responses.py): an undocumented field fails, in
plain objects, composed (allOf) objects, arrays and errors; maps, free-form objects and objects the
spec marks ``x-strict: false`` stay open; every documented field is still type-checked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from strict_responses import StrictChecker, httpx_hooks, strict_checker

ROOT = Path(__file__).resolve().parents[2]

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/items/{id}": {
            "get": {
                "responses": {
                    "200": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Scored"}}}
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                }
            }
        },
        "/items/special": {
            "get": {
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                            }
                        }
                    }
                }
            }
        },
    },
    "components": {
        "responses": {
            "NotFound": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
            "Item": {
                "type": "object",
                "additionalProperties": True,
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                    "extra": {"type": "object"},
                    "doc": {"$ref": "#/components/schemas/OpenDoc"},
                },
            },
            "Scored": {
                "allOf": [
                    {"$ref": "#/components/schemas/Item"},
                    {"properties": {"score": {"type": "number"}}},
                ]
            },
            "OpenDoc": {"type": "object", "x-strict": False, "properties": {"v": {"type": "string"}}},
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
        },
    },
}


@pytest.fixture
def checker(tmp_path: Path) -> StrictChecker:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    return StrictChecker(path)


def problems(checker: StrictChecker, path: str, status: int, body: Any) -> list[str]:
    return list(checker.errors("GET", path, status, "application/json", json.dumps(body).encode()))


def test_documented_fields_pass_and_undocumented_ones_fail(checker: StrictChecker) -> None:
    good = {
        "id": "a",
        "labels": {"k": "v"},
        "extra": {"anything": 1},
        "doc": {"v": "x", "more": 2},
        "score": 1.5,
    }
    assert problems(checker, "/items/a", 200, good) == []
    [message] = problems(checker, "/items/a", 200, {**good, "removed_field": 1})
    assert "removed_field" in message and message.startswith("GET /items/{id} -> 200")
    assert problems(checker, "/items/a", 200, {"id": 3, "score": 1}) != []  # types still checked
    assert checker.checked == 3


def test_literal_paths_win_and_arrays_and_error_refs_are_closed(checker: StrictChecker) -> None:
    [message] = problems(checker, "/items/special", 200, [{"id": "a"}, {"id": "b", "score": 1}])
    assert "at 1" in message and "score" in message  # /items/special is an Item array, not Scored
    assert problems(checker, "/items/x", 404, {"error": "nope"}) == []
    assert "hint" in problems(checker, "/items/x", 404, {"error": "nope", "hint": "x"})[0]


def test_non_json_unknown_routes_and_undocumented_statuses_are_left_to_other_checks(
    checker: StrictChecker,
) -> None:
    assert list(checker.errors("GET", "/items/a", 200, "text/plain", b"hi")) == []
    assert problems(checker, "/elsewhere", 200, {"x": 1}) == []
    assert problems(checker, "/items/a", 500, {"x": 1}) == []
    assert checker.checked == 0


def test_check_raises_and_httpx_hooks_apply_it(checker: StrictChecker) -> None:
    with pytest.raises(AssertionError, match="removed"):
        checker.check("GET", "/items/a", 200, "application/json", b'{"id": "a", "removed": true}')

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "a", "removed": request.url.path.endswith("b")})

    sync_hook, _ = httpx_hooks(checker, base_path="/api")
    with (
        httpx.Client(transport=httpx.MockTransport(handler), event_hooks={"response": [sync_hook]}) as client,
        pytest.raises(AssertionError, match="removed"),
    ):
        client.get("http://x/api/items/b")


@pytest.mark.parametrize("spec", ["ai-memory.openapi.yaml", "memories-sh.openapi.yaml"])
def test_the_specs_derive_a_valid_strict_schema(spec: str) -> None:
    checker = strict_checker(ROOT / "specs" / spec)
    assert checker.routes and checker.template("GET", "/no/such/route") is None

"""The wire-change classifier's rules, each on a small document (scripts/_spec_diff.py)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from _spec_diff import BREAKING, NON_BREAKING, diff_specs

Doc = dict[str, Any]


def _ref(name: str) -> Doc:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: Doc) -> Doc:
    return {"content": {"application/json": {"schema": schema}}}


BASE: Doc = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "security": [{"Key": []}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "list",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}
                ],
                "responses": {
                    "200": {"description": "ok", **_json({"type": "array", "items": _ref("Item")})}
                },
            },
            "post": {
                "operationId": "create",
                "requestBody": {"required": True, **_json(_ref("NewItem"))},
                "responses": {
                    "201": {"description": "created", **_json(_ref("Item"))},
                    "400": {"description": "bad", **_json(_ref("Error"))},
                },
            },
        },
        "/items/{id}": {
            "get": {
                "operationId": "get",
                "x-sdk": {"positional": ["id"]},
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", **_json(_ref("Item"))}},
            }
        },
        "/health": {
            "get": {
                "operationId": "health",
                "security": [],
                "responses": {"200": {"description": "ok", **_json({"type": "string"})}},
            }
        },
    },
    "webhooks": {
        "item_created": {
            "post": {
                "operationId": "on_item_created",
                "requestBody": {"required": True, **_json(_ref("Item"))},
                "responses": {"200": {"description": "ack"}},
            }
        }
    },
    "components": {
        "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Color": {"type": "string", "enum": ["red", "green"]},
            "Item": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "color": _ref("Color"),
                    "note": {"type": "string"},
                    "parent": _ref("Item"),  # recursive
                },
            },
            "NewItem": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 10},
                    "color": _ref("Color"),
                    "size": {"type": "number"},
                    "note": {"type": "string"},
                },
            },
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
        },
    },
}


def changes(mutate: Callable[[Doc], None]) -> set[tuple[str, str, str]]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return {(c.severity, c.where, c.what) for c in diff_specs(BASE, new)}


def schemas(doc: Doc) -> Doc:
    schemas_: Doc = doc["components"]["schemas"]
    return schemas_


def test_identical_documents_have_no_changes() -> None:
    assert changes(lambda d: None) == set()


def test_an_operation_removed_breaks_and_one_added_does_not() -> None:
    def mutate(d: Doc) -> None:
        del d["paths"]["/health"]
        d["paths"]["/items/{id}"]["delete"] = {
            "operationId": "delete",
            "responses": {"204": {"description": "x"}},
        }

    assert changes(mutate) == {
        (BREAKING, "`GET /health`", "operation removed (`health`)"),
        (NON_BREAKING, "`DELETE /items/{id}`", "operation added (`delete`)"),
    }


def test_a_response_field_removed_breaks_once_on_its_schema_with_its_users() -> None:
    new = copy.deepcopy(BASE)
    del schemas(new)["Item"]["properties"]["note"]
    (change,) = diff_specs(BASE, new)
    assert (change.severity, change.where, change.what) == (
        BREAKING,
        "schema `Item`",
        "response field `note` removed",
    )
    assert change.used_by == ("GET /items", "GET /items/{id}", "POST /items", "webhook `item_created` (POST)")


def test_a_request_field_removed_breaks_the_sdk_argument() -> None:
    assert changes(lambda d: schemas(d)["NewItem"]["properties"].pop("note")) == {
        (BREAKING, "schema `NewItem`", "request field `note` removed")
    }


def test_new_fields_required_in_requests_break_optional_ones_do_not() -> None:
    def required(d: Doc) -> None:
        schemas(d)["NewItem"]["properties"]["owner"] = {"type": "string"}
        schemas(d)["NewItem"]["required"].append("owner")

    assert changes(required) == {(BREAKING, "schema `NewItem`", "required request field `owner` added")}
    assert changes(lambda d: schemas(d)["NewItem"]["properties"].update(owner={"type": "string"})) == {
        (NON_BREAKING, "schema `NewItem`", "request field `owner` added")
    }
    assert changes(lambda d: schemas(d)["Item"]["properties"].update(owner={"type": "string"})) == {
        (NON_BREAKING, "schema `Item`", "response field `owner` added")
    }


def test_required_changes_break_by_direction() -> None:
    assert changes(lambda d: schemas(d)["NewItem"]["required"].append("size")) == {
        (BREAKING, "schema `NewItem`", "request field `size` is now required")
    }
    assert changes(lambda d: schemas(d)["Item"]["required"].remove("name")) == {
        (BREAKING, "schema `Item`", "response field `name` is no longer required")
    }
    assert changes(lambda d: schemas(d)["Item"]["required"].append("note")) == {
        (NON_BREAKING, "schema `Item`", "response field `note` is now required")
    }


def test_types_narrowed_in_requests_and_widened_in_responses_break() -> None:
    assert changes(lambda d: schemas(d)["NewItem"]["properties"]["size"].update(type="integer")) == {
        (BREAKING, "schema `NewItem`", "request field `size`: type number → integer (narrowed)")
    }
    assert changes(lambda d: schemas(d)["Item"]["properties"]["note"].update(type=["string", "null"])) == {
        (
            BREAKING,
            "schema `Item`",
            "response field `note`: type string → null | string (widened) (may now be null)",
        )
    }
    assert changes(lambda d: schemas(d)["NewItem"]["properties"]["note"].update(type=["string", "null"])) == {
        (NON_BREAKING, "schema `NewItem`", "request field `note`: type string → null | string (widened)")
    }
    assert changes(lambda d: schemas(d)["Item"]["properties"]["note"].update(type="integer")) == {
        (BREAKING, "schema `Item`", "response field `note`: type string → integer (changed)")
    }


def test_enum_values_removed_break_requests_added_ones_break_nothing() -> None:
    removed = changes(lambda d: schemas(d)["Color"].update(enum=["red"]))
    assert (BREAKING, "schema `Color`", "request body: enum value `green` removed") in removed
    assert (NON_BREAKING, "schema `Color`", "response body: enum value `green` removed") in removed
    added = changes(lambda d: schemas(d)["Color"].update(enum=["red", "green", "blue"]))
    assert {c[0] for c in added} == {NON_BREAKING}
    assert (
        NON_BREAKING,
        "schema `Color`",
        "response body: enum value `blue` added (the SDK's open enums keep unknown values)",
    ) in added


def test_constraints_tightened_on_requests_break() -> None:
    assert changes(lambda d: schemas(d)["NewItem"]["properties"]["name"].update(maxLength=5)) == {
        (BREAKING, "schema `NewItem`", "request field `name`: `maxLength` 10 → 5")
    }
    assert changes(lambda d: schemas(d)["NewItem"]["properties"]["name"].update(maxLength=50)) == {
        (NON_BREAKING, "schema `NewItem`", "request field `name`: `maxLength` 10 → 50")
    }
    assert changes(lambda d: schemas(d)["NewItem"]["properties"]["name"].update(pattern="^[a-z]+$")) == {
        (BREAKING, "schema `NewItem`", "request field `name`: `pattern` changed")
    }


def test_a_changed_success_status_breaks_a_new_error_status_does_not() -> None:
    def mutate(d: Doc) -> None:
        responses = d["paths"]["/items/{id}"]["get"]["responses"]
        responses["203"] = responses.pop("200")
        responses["404"] = {"description": "missing"}

    assert changes(mutate) == {
        (BREAKING, "`GET /items/{id}`", "success status 200 → 203"),
        (NON_BREAKING, "`GET /items/{id}`", "response 404 added"),
    }
    assert changes(lambda d: d["paths"]["/items"]["post"]["responses"].pop("400")) == {
        (NON_BREAKING, "`POST /items`", "response 400 removed")
    }


def test_auth_changes() -> None:
    assert changes(lambda d: d["paths"]["/health"]["get"].pop("security")) == {
        (BREAKING, "`GET /health`", "authentication now required (Key)")
    }
    assert changes(lambda d: d["paths"]["/items"]["get"].update(security=[])) == {
        (NON_BREAKING, "`GET /items`", "authentication no longer required")
    }

    def other_scheme(d: Doc) -> None:
        d["components"]["securitySchemes"]["Bearer"] = {"type": "http", "scheme": "bearer"}
        d["paths"]["/items"]["get"]["security"] = [{"Bearer": []}]

    assert changes(other_scheme) == {
        (BREAKING, "`GET /items`", "security requirement Key no longer accepted (now Bearer)"),
        (NON_BREAKING, "`GET /items`", "security requirement Bearer now also accepted"),
    }
    assert changes(lambda d: d["components"]["securitySchemes"]["Key"].update(name="X-Api-Key")) == {
        (BREAKING, "security scheme `Key`", "`name` X-Key → X-Api-Key")
    }


def test_parameters_removed_or_newly_required_break() -> None:
    def params(d: Doc) -> list[Doc]:
        found: list[Doc] = d["paths"]["/items"]["get"]["parameters"]
        return found

    assert changes(lambda d: params(d).clear()) == {
        (BREAKING, "`GET /items`", "query parameter `limit` removed")
    }
    assert changes(lambda d: params(d).append({"name": "q", "in": "query", "required": True})) == {
        (BREAKING, "`GET /items`", "required query parameter `q` added")
    }
    assert changes(lambda d: params(d).append({"name": "q", "in": "query"})) == {
        (NON_BREAKING, "`GET /items`", "query parameter `q` added")
    }
    assert changes(lambda d: params(d)[0]["schema"].update(maximum=50)) == {
        (BREAKING, "`GET /items`", "query parameter `limit`: `maximum` 100 → 50")
    }


def test_a_new_oneof_variant_breaks_responses() -> None:
    def nullable(d: Doc) -> None:
        d["paths"]["/items/{id}"]["get"]["responses"]["200"] = {
            "description": "ok",
            **_json({"oneOf": [_ref("Item"), {"type": "null"}]}),
        }

    assert changes(nullable) == {
        (BREAKING, "`GET /items/{id}`", "response 200: response body: variant `null` added (may now be null)")
    }


def test_a_media_type_removed_breaks() -> None:
    def mutate(d: Doc) -> None:
        content = d["paths"]["/health"]["get"]["responses"]["200"]["content"]
        content["text/plain"] = content.pop("application/json")

    assert changes(mutate) == {
        (BREAKING, "`GET /health`", "response 200: media type `application/json` removed"),
        (NON_BREAKING, "`GET /health`", "response 200: media type `text/plain` added"),
    }


def test_sdk_hints_that_change_the_call_form_break() -> None:
    assert changes(lambda d: d["paths"]["/items"]["get"].update({"x-sdk": {"method": "items.list"}})) == {
        (BREAKING, "`GET /items`", "SDK method `list` renamed to `items.list`"),
        (BREAKING, "`GET /items`", "x-sdk `method` added: `items.list`"),
    }
    paginate = {"style": "offset", "items": "items", "limit": "limit", "offset": "offset"}
    assert changes(lambda d: d["paths"]["/items"]["get"].update({"x-sdk": {"paginate": paginate}})) == {
        (NON_BREAKING, "`GET /items`", f"x-sdk `paginate` added: `{paginate}`")
    }
    assert changes(lambda d: d["paths"]["/items/{id}"]["get"]["x-sdk"].update(positional=["id", "x"])) == {
        (NON_BREAKING, "`GET /items/{id}`", "x-sdk `positional`: `['id']` → `['id', 'x']`")
    }


def test_webhook_payloads_are_read_by_the_receiver() -> None:
    def mutate(d: Doc) -> None:
        d["webhooks"]["item_created"]["post"]["requestBody"] = {
            "required": True,
            **_json({"type": "object", "properties": {"id": {"type": "string"}}}),
        }

    found = changes(mutate)
    assert (BREAKING, "webhook `item_created` (POST)", "body: response field `name` removed") in found


@pytest.mark.parametrize("section", ["paths", "webhooks"])
def test_a_recursive_schema_terminates(section: str) -> None:
    new = copy.deepcopy(BASE)
    schemas(new)["Item"]["properties"]["parent"] = {"oneOf": [_ref("Item"), {"type": "null"}]}
    found = {(c.severity, c.where, c.what) for c in diff_specs(BASE, new)}
    assert (
        BREAKING,
        "schema `Item`",
        "response field `parent`: variant `null` added (may now be null)",
    ) in found
    assert section in new


def test_spec_level_and_auth_hints() -> None:
    assert changes(lambda d: d.update({"x-sdk": {"envelope": "data"}})) == {
        (NON_BREAKING, "spec", "x-sdk `envelope`: `None` → `data`")
    }
    assert changes(lambda d: d["paths"]["/items"]["get"].update({"x-sdk": {"auth": "management"}})) == {
        (BREAKING, "`GET /items`", "x-sdk `auth` added: `management`")
    }

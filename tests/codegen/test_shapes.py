"""Every response shape of the fixture spec, parsed through a generated method and the engine.

``tests/codegen/fixtures/mini.openapi.yaml`` has one route per shape that is not one object
(array of models, array of scalars, map of models, scalar, oneOf); their generated code is part of
the golden record (``golden/_mini_api``), and here each is called over a mock transport.
"""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

import httpx
import pytest

from agent_memory_sdk._exceptions import APIResponseValidationError
from agent_memory_sdk._response import APIResponse

THING = {"id": "1", "color": "red"}


def _engine(body: Any, status: int = 200) -> Any:
    from agent_memory_sdk._client import SyncAPIClient
    from agent_memory_sdk._profile import APIProfile

    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(status, json=body)))
    return SyncAPIClient(profile=APIProfile(name="Mini", default_base_url="http://mini"), http_client=http)


def test_an_array_of_models_is_a_list_of_typed_models(mini: ModuleType) -> None:
    result = mini.client.Methods(_engine([THING, {**THING, "id": "2", "color": "infrared"}])).shapes.things()
    assert [type(t) for t in result] == [mini.models.Widget, mini.models.Widget]
    assert result[1].color.value == "infrared" and result[1].color.is_known is False


def test_an_array_of_scalars_a_map_a_scalar_and_a_union_are_typed(mini: ModuleType) -> None:
    shapes = mini.client.Methods(_engine(["a", "b"])).shapes
    assert shapes.names() == ["a", "b"]
    by_name = mini.client.Methods(_engine({"n": THING})).shapes.by_name()
    assert isinstance(by_name["n"], mini.models.Widget) and by_name["n"].id == "1"
    assert mini.client.Methods(_engine(7)).shapes.count() == 7
    assert isinstance(mini.client.Methods(_engine(THING)).shapes.either(), mini.models.Widget)
    links = mini.client.Methods(_engine([{"to": "x"}])).shapes.either()
    assert [type(link) for link in links] == [mini.models.Link]


def test_the_return_annotations_name_the_shapes(mini: ModuleType) -> None:
    resource = mini.client.ShapesResource
    annotations = {
        name: inspect.signature(getattr(resource, name)).return_annotation
        for name in ("things", "names", "by_name", "count", "either")
    }
    assert annotations == {
        "things": "builtins.list[Widget]",
        "names": "builtins.list[str]",
        "by_name": "dict[str, Widget]",
        "count": "int",
        "either": "Widget | builtins.list[Link]",
    }


def test_a_list_item_that_drifts_costs_only_its_field(mini: ModuleType) -> None:
    things = mini.client.Methods(_engine([THING, {"color": "red"}])).shapes.things()
    assert [type(t) for t in things] == [mini.models.Widget, mini.models.Widget]
    assert things[0].id == "1" and things[1].id is None and "id" not in things[1].model_fields_set


def test_a_body_of_the_wrong_kind_is_a_response_validation_error(mini: ModuleType) -> None:
    with pytest.raises(APIResponseValidationError):
        mini.client.Methods(_engine({"not": "a number"})).shapes.count()
    with pytest.raises(APIResponseValidationError):
        mini.client.Methods(_engine({"not": "a list"})).shapes.things()


def test_raw_access_parses_to_the_same_typed_shape(mini: ModuleType) -> None:
    raw = mini.client.Methods(_engine([THING])).with_raw_response.shapes.things()
    assert isinstance(raw, APIResponse) and raw.status_code == 200
    parsed = raw.parse()
    assert isinstance(parsed, list) and isinstance(parsed[0], mini.models.Widget)


def test_an_alias_is_the_same_method_under_another_name(mini: ModuleType) -> None:
    methods = mini.client.Methods(_engine([THING]))
    assert [t.id for t in methods.legacy.all_things()] == ["1"]
    assert inspect.signature(mini.client.LegacyResource.all_things) == inspect.signature(
        mini.client.ShapesResource.things
    )
    assert mini.client.LegacyResource.all_things.__doc__ == "Alias of ``shapes.things``."
    assert hasattr(mini.client.AsyncLegacyResourceWithRawResponse, "all_things")
    assert isinstance(methods.with_raw_response.legacy.all_things(), APIResponse)


async def test_async_and_async_raw_twins_return_the_same_shapes(mini: ModuleType) -> None:
    from agent_memory_sdk._client import AsyncAPIClient
    from agent_memory_sdk._profile import APIProfile

    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=[THING])))
    engine = AsyncAPIClient(profile=APIProfile(name="Mini", default_base_url="http://mini"), http_client=http)
    methods = mini.client.AsyncMethods(engine)
    assert [type(t) for t in await methods.shapes.things()] == [mini.models.Widget]
    raw = await methods.with_raw_response.shapes.things()
    assert [t.id for t in raw.parse()] == ["1"]


def test_documented_error_codes_are_an_open_enum_with_the_specs_retry_rules(mini: ModuleType) -> None:
    import importlib

    errors = importlib.import_module("_mini_api.errors")
    assert errors.ErrorCode.RATE_LIMITED == "RATE_LIMITED"
    assert {c.value for c in errors.ErrorCode} == {"BUSY", "NOT_FOUND", "RATE_LIMITED"}
    unknown = errors.ErrorCode("NEWER_SERVER_CODE")
    assert unknown.value == "NEWER_SERVER_CODE" and unknown.is_known is False
    assert errors.RETRYABLE == {"BUSY": True, "NOT_FOUND": False, "RATE_LIMITED": True}

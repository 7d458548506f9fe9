"""A response documented as "this model, or JSON null" (``oneOf: [Model, null]``, ref ``…?``)."""

from __future__ import annotations

import httpx
import pytest
from engine_support import Harness, Memory, Script, TResponseValidation, memory_json, op

NULLABLE = op("update", "PUT", "/v1/items/{id}", {200: "models:Memory?"}, content_type="application/json")


def test_the_descriptor_reports_the_model_and_that_it_is_nullable() -> None:
    assert NULLABLE.response_model(200) is Memory
    assert NULLABLE.response_nullable(200) is True


def test_a_null_body_is_none(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, content=b"null")]))
    assert h.call(NULLABLE, path={"id": "m1"}, body={}) is None


def test_a_model_body_is_the_model(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, json=memory_json())]))
    assert h.call(NULLABLE, path={"id": "m1"}, body={}).id == "m1"


def test_a_wrong_shape_is_still_a_typed_error(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, json=[1, 2])]))
    with pytest.raises(TResponseValidation):
        h.call(NULLABLE, path={"id": "m1"}, body={})

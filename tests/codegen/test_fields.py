"""``scripts/_fields.py``: model fields described as plain data, checked on the fixture spec."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import _codegen  # noqa: E402
import _fields  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "mini.openapi.yaml"


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("fields") / "_mini_api"
    project = _codegen.load_project(FIXTURE, "_mini_api", out, _codegen.ROOT / "templates")
    return {m.class_info.name: m for m in project.openapi.models}


def test_fields_have_natural_or_aliased_names_types_and_defaults(models: dict[str, Any]) -> None:
    thing = {f.alias: f for f in _fields.fields(models["Thing"])}
    assert thing["created_at"].declaration == "created_at: DateTime"  # format: date-time
    assert thing["note"].declaration == "note: None | str = None"
    assert thing["json"].declaration == 'json_: str | None = Field(default=None, alias="json")'
    assert thing["model_config"].name == "model_config_"
    assert thing["camelCase"].declaration == 'camel_case: int | None = Field(default=None, alias="camelCase")'
    assert thing["id"].doc == "Id."
    pending = {f.alias: f for f in _fields.fields(models["Pending"])}
    assert pending["status"].type == 'Literal["pending"]'
    new_thing = {f.alias: f for f in _fields.fields(models["NewThing"])}
    assert new_thing["size"].declaration == "size: int = 3"


def test_request_limits_become_sdk_constraints(models: dict[str, Any]) -> None:
    assert _fields.constraints(models["NewThing"], {}) == [
        '"name": {"min_length": 1, "max_length": 10}',
        '"size": {"minimum": 1.0, "maximum": 5.0}',  # the generator parses numbers as floats
        '"tags": {"max_items": 3, "items": {"max_length": 4}}',
    ]
    limits = {"maxLength": 8, "minLength": None, "pattern": "^a\\\\d$", "items": None}
    assert _fields.limits(limits) == '{"max_length": 8, "pattern": "^a\\\\\\\\d$"}'


def test_model_imports_come_from_the_generators_import_lines() -> None:
    assert _fields.lazy_models(["from .thing import Thing", "from .color import Color"]) == [
        ("Color", ".color"),
        ("Thing", ".thing"),
    ]
    with pytest.raises(ValueError, match="unexpected model import"):
        _fields.lazy_models(["import thing"])


def test_a_password_field_is_left_out_of_the_repr_and_keeps_its_alias_and_default() -> None:
    Field = _fields.Field
    assert Field("token", "str", "", "token", "", secret=True).declaration == "token: str = Field(repr=False)"
    assert (
        Field("db_token", "str | None", "None", "dbToken", "", secret=True).declaration
        == 'db_token: str | None = Field(default=None, alias="dbToken", repr=False)'
    )
    assert Field("plain", "str | None", "None", "plain", "").declaration == "plain: str | None = None"

"""The fork's contract with openapi-python-client, pinned so that a generator upgrade that changes
it fails here, loudly, instead of generating something subtly different.

What we depend on: the pinned version; the names of the upstream templates we override; the
in-process API ``scripts/_codegen.py`` drives (``_get_project_for_url_or_path``, ``Project.env``,
``Project.build``); and the attributes of the parsed objects our templates and
``scripts/_methods.py`` read. CONTRIBUTING.md ("The template fork") describes the upgrade.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import _codegen  # noqa: E402
import openapi_python_client  # noqa: E402
from openapi_python_client.parser import properties as props  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "mini.openapi.yaml"
TEMPLATES = _codegen.ROOT / "templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("contract") / "_mini_api"
    return _codegen.load_project(FIXTURE, "_mini_api", out, TEMPLATES)


def test_the_generator_version_is_the_pinned_one() -> None:
    assert importlib.metadata.version("openapi-python-client") == _codegen.GENERATOR_VERSION


def test_every_template_of_ours_overrides_an_upstream_template_of_that_name() -> None:
    ours = sorted(p.name for p in TEMPLATES.glob("*.jinja"))
    assert ours, "no templates found"
    assert [name for name in ours if not (UPSTREAM / name).is_file()] == []
    for name in ours:
        first = (TEMPLATES / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(f"{{#- Forked from openapi-python-client {_codegen.GENERATOR_VERSION} "), name


def test_no_template_reaches_into_upstream_templates() -> None:
    """Everything our templates import, include or extend is vendored under templates/."""
    pattern = re.compile(r"{%-?\s*(?:import|from|include|extends)\s+\"([^\"]+)\"")
    for path in TEMPLATES.glob("*.jinja"):
        for target in pattern.findall(path.read_text(encoding="utf-8")):
            assert (TEMPLATES / target).is_file(), f"{path.name} uses upstream's {target}"


def test_the_in_process_api_we_drive_exists(project: Any) -> None:
    assert callable(openapi_python_client._get_project_for_url_or_path)
    assert isinstance(project, openapi_python_client.Project)
    assert callable(project.build)
    env = project.env
    for name in ("safe_for_docstring", "in_double_quote_literal", "as_unembedded_code", "tojson", "wordwrap"):
        assert name in env.filters, name
    for name in ("class_name", "openapi", "endpoint_collections_by_tag"):
        assert name in env.globals, name
    ours = ("API", "HINTS", "FIELDS", "CONSTRAINTS", "MODEL_IMPORTS", "LAZY_MODELS", "ERROR_CODES", "PACKAGE")
    assert [name for name in ours if name not in env.globals] == []


def _endpoints(project: Any) -> list[Any]:
    return [e for c in project.openapi.endpoint_collections_by_tag.values() for e in c.endpoints]


def test_endpoint_attributes_we_read(project: Any) -> None:
    endpoints = _endpoints(project)
    for e in endpoints:
        for attr in ("method", "path", "name", "summary", "description", "tags", "bodies"):
            assert hasattr(e, attr), attr
        for attr in ("path_parameters", "query_parameters", "header_parameters"):
            assert isinstance(getattr(e, attr), list), attr
        for r in e.responses.patterns:
            assert r.source["attribute"] in ("None", "response.text", "response.content", "response.json()")
            assert len(r.status_code.range) == 2
            assert hasattr(r, "prop")
        for body in e.bodies:
            assert hasattr(body, "prop") and hasattr(body, "content_type")
    assert {e.path.get_untrusted_value() for e in endpoints} >= {"/things", "/shapes/either"}


def test_property_attributes_we_read(project: Any) -> None:
    create = next(e for e in _endpoints(project) if e.name == "create")
    body = create.bodies[0].prop
    assert isinstance(body, props.ModelProperty)
    assert body.class_info.name == "NewThing" and body.class_info.module_name == "new_thing"
    fields = {p.name: p for p in body.required_properties + body.optional_properties}
    for p in fields.values():
        for attr in ("name", "python_name", "required", "default", "description"):
            assert hasattr(p, attr), attr
        assert p.get_type_string(no_optional=True).as_unembedded_code()
    assert isinstance(fields["tags"], props.ListProperty) and fields["tags"].inner_property is not None
    assert isinstance(fields["color"], props.EnumProperty) and list(fields["color"].values.values()) == [
        "red",
        "green",
    ]
    assert fields["size"].default.python_code.as_unembedded_code() == "3"
    either = next(e for e in _endpoints(project) if e.name == "shape_union").responses.patterns[0].prop
    assert isinstance(either, props.UnionProperty) and len(either.inner_properties) == 2
    by_name = next(e for e in _endpoints(project) if e.name == "shape_map").responses.patterns[0].prop
    assert isinstance(by_name.additional_properties, props.ModelProperty)


def test_model_attributes_the_model_template_reads(project: Any) -> None:
    models = {m.class_info.name: m for m in project.openapi.models}
    thing, pending = models["Thing"], models["Pending"]
    for attr in ("description", "relative_imports", "lazy_imports", "required_properties"):
        assert hasattr(thing, attr), attr
    assert "created_at" in thing.data.properties
    created = thing.data.properties["created_at"]
    assert created.schema_format.get_untrusted_value() == "date-time"
    status = next(p for p in pending.required_properties if p.name == "status")
    assert status.value.raw_value == "pending"
    new_thing = models["NewThing"].data.properties
    assert new_thing["name"].maxLength == 10 and new_thing["tags"].items.maxLength == 4
    assert new_thing["color"].ref.get_untrusted_value() == "#/components/schemas/Color"
    enums = {e.class_info.name: e for e in project.openapi.enums}
    assert dict(enums["Color"].values) == {"RED": "red", "GREEN": "green"}
    assert project.openapi.title == "Mini" and project.openapi.version == "1.0.0"


def test_the_package_carries_the_specs_server_and_versioned_prefixes() -> None:
    spec = {
        "servers": [{"url": "https://api.example.test/"}],
        "paths": {"/api/v2/things": {}, "/api/v2/things/{id}": {}, "/v1/x": {}, "/metrics": {}, "/v3": {}},
    }
    assert _codegen.server_url(spec) == "https://api.example.test"
    assert _codegen.versioned_prefixes(spec) == ["/api/v2", "/v1"]  # "/v3" alone is a path, not a prefix
    assert _codegen.server_url({}) == "http://localhost" and _codegen.versioned_prefixes({}) == []


def test_secret_fields_are_the_password_formatted_properties_anywhere() -> None:
    spec = {
        "paths": {"/x": {"post": {"requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"inline": {"type": "string", "format": "password"}}}}}}}}},
        "components": {"schemas": {
            "Token": {"type": "string", "format": "password"},
            "Body": {"type": "object", "properties": {
                "secret": {"type": "string", "format": "password"},
                "ref": {"$ref": "#/components/schemas/Token"},
                "plain": {"type": "string"},
                "nested": {"type": "object", "properties": {
                    "deep": {"type": "string", "format": "password"}}},
            }},
        }},
    }  # fmt: skip
    assert _codegen.secret_fields(spec) == ["deep", "inline", "ref", "secret"]

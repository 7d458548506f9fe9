"""``scripts/_methods.py``: each facade method described as plain data, checked on the fixture spec.

The generator runs in-process here exactly as ``scripts/generate`` runs it (``_codegen.load_project``),
so these tests also pin what we read from ``openapi_python_client``'s parsed objects.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import _codegen  # noqa: E402
import _docs  # noqa: E402
import _methods  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "mini.openapi.yaml"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("methods") / "_mini_api"
    return _codegen.load_project(FIXTURE, "_mini_api", out, _codegen.ROOT / "templates")


@pytest.fixture(scope="module")
def api(project: Any) -> _methods.Api:
    described = project.env.globals["API"]
    assert isinstance(described, _methods.Api)
    return described


def _method(api: _methods.Api, dotted: str) -> _methods.Method:
    return next(m for m in api.methods if m.dotted == dotted)


def test_names_and_groups_follow_x_sdk_method_and_aliases(api: _methods.Api) -> None:
    assert {m.dotted for m in api.methods} >= {
        "list",
        "create",
        "get",
        "sharing.share",
        "ops.status.health",
        "shapes.things",
        "legacy.all_things",
    }
    assert set(api.groups) >= {"", "sharing", "ops", "ops.status", "shapes", "legacy"}
    assert api.children("ops") == ["ops.status"]
    assert api.class_name("ops.status", is_async=True, is_raw=True) == "AsyncOpsStatusResourceWithRawResponse"
    alias = _method(api, "legacy.all_things")
    assert alias.alias_of == "shapes.things" and alias.docstring.startswith("Alias of ``shapes.things``.")
    assert alias.params == _method(api, "shapes.things").params
    assert len(api.primaries) == len(api.methods) - 1


def test_parameters_carry_kind_type_place_and_wire_name(api: _methods.Api) -> None:
    create = _method(api, "create")
    by_name = {(p.name, p.where): p for p in create.params}
    # X-Agent-Id is filled from the client option: the body field of the same name is the argument.
    assert by_name[("agent_id", "hidden")].wire == "X-Agent-Id"
    assert by_name[("agent_id", "body")].type == "str"
    assert by_name[("labels", "body")].type == "str | Sequence[str]"  # x-sdk.csv
    assert by_name[("color", "body")].type == 'Color | Literal["red", "green"]'
    assert by_name[("name", "body")].required and not by_name[("size", "body")].required
    assert by_name[("size", "body")].annotation == "int | NotGiven = NOT_GIVEN"
    assert [p.name for p in create.arguments] == [
        "name",
        "color",
        "size",
        "labels",
        "tags",
        "agent_id",
        "level",
        "meta",
    ]
    assert create.body == "object" and create.body_arg is None
    listing = _method(api, "list")
    assert [(p.name, p.where) for p in listing.params][-1] == ("agent_id", "header")
    update = _method(api, "update")
    assert [p.name for p in update.positional] == ["id"]
    assert (update.body_arg, update.body_arg_type) == (
        "body",
        "ThingUpdate | Mapping[str, Any] | None = None",
    )
    bulk = _method(api, "bulk_create")
    assert (bulk.body, bulk.body_arg) == ("array", "things")
    assert bulk.body_arg_type == "Sequence[NewThing | Mapping[str, Any]]"


def test_return_types_cover_every_shape(api: _methods.Api) -> None:
    returns = {m.dotted: m.result(is_async=False) for m in api.methods}
    assert returns["create"] == "Thing | Pending"
    assert returns["get"] == "ThingWithLinks"  # x-sdk.returns
    assert (
        returns["list"] == "SyncPage[Thing]"
        and _method(api, "list").result(is_async=True) == "AsyncPaginator[Thing]"
    )
    listing = _method(api, "list")
    assert not listing.is_coroutine(is_async=True, is_raw=False)  # returns the paginator at once
    assert listing.is_coroutine(is_async=True, is_raw=True)
    assert listing.result(is_async=True, is_raw=True) == f"APIResponse[{listing.returns}]"
    assert returns["ops.status.health"] == "str"
    assert returns["shapes.things"] == "builtins.list[Widget]"
    assert returns["shapes.names"] == "builtins.list[str]"
    assert returns["shapes.by_name"] == "dict[str, Widget]"
    assert returns["shapes.count"] == "int"
    assert returns["shapes.either"] == "Widget | builtins.list[Link]"
    refs = dict(_method(api, "shapes.either").responses)
    assert refs == {200: "models.widget:Widget | list[models.link:Link]"}
    assert dict(_method(api, "create").responses)[400] == "text"
    assert dict(_method(api, "shapes.things").responses)[429] == "models.error:Error"


def test_engine_refs_resolve_to_the_declared_types(api: _methods.Api, mini: Any) -> None:
    from agent_memory_sdk._shapes import resolve_type

    assert resolve_type("_mini_api", "list[models.thing:Thing]") == list[mini.models.Thing]
    assert resolve_type("_mini_api", "dict[models.thing:Thing]") == dict[str, mini.models.Thing]
    either = resolve_type("_mini_api", "models.thing:Thing | list[models.link:Link]")
    assert set(either.__args__) == {mini.models.Thing, list[mini.models.Link]}
    assert resolve_type("_mini_api", "int | None") == int | None
    with pytest.raises(ValueError, match="not a response shape"):
        resolve_type("_mini_api", "tuple[int]")


def test_docstrings_are_wrapped_once_and_read_cleanly(api: _methods.Api) -> None:
    for m in api.methods:
        lines = m.docstring.splitlines()
        assert all(len(line) <= _docs.DOC_WIDTH for line in lines), m.dotted
        # no short line in the middle of a wrapped paragraph (what wrapping a wrapped text gives)
        for line, after in itertools.pairwise(lines):
            inside = line.startswith(" " * 16) and after.startswith(" " * 16)
            assert not (inside and len(line) < 60), (m.dotted, line)
    share = _method(api, "sharing.share").docstring
    assert "``POST /things/{id}/share`` — no released server serves this route." in share
    assert "Args:\n            id: The id.\n" in share


def test_paragraphs_are_joined_before_wrapping() -> None:
    text = "A long sentence that the YAML\nfolded onto\nthree lines.\n\nA second paragraph."
    assert _docs.paragraphs(text) == [
        "A long sentence that the YAML folded onto three lines.",
        "A second paragraph.",
    ]


def test_headers_are_packed_within_the_line_length(api: _methods.Api) -> None:
    for m in api.methods:
        for is_async in (False, True):
            for is_raw in (False, True):
                header = m.header(is_async, is_raw)
                assert all(len(line) <= _methods.LINE_WIDTH for line in header.splitlines()), m.dotted
                assert header.endswith(":  # fmt: skip")
                for item in m.signature():
                    assert item in header
    assert "-> APIResponse[builtins.list[Widget]]:" in _method(api, "shapes.things").header(False, True)
    assert _method(api, "get").header(True, False).lstrip().startswith("async def get(self, id: str, *,")


def test_bindings_list_every_parameter_by_python_name_place_and_wire(api: _methods.Api) -> None:
    assert _method(api, "get").binding == "(('id', 'path', 'id'),)"
    assert "('agent_id', 'hidden', 'X-Agent-Id')" in _method(api, "create").binding


def test_a_long_shared_parameter_is_described_once_per_class() -> None:
    api = _methods.Api(shared={"": {"agent_id": "The caller. " + "Long rules. " * 30}})
    doc = api.class_doc("", is_async=False, is_raw=False)
    assert doc.startswith("Every top-level operation of the API.\n\n    Parameters several methods share")
    assert "        agent_id: The caller. Long rules." in doc
    assert api.class_doc("", is_async=False, is_raw=True).endswith("gives the typed result).")
    assert _docs.first_sentence("The caller's identity. The header wins.") == "The caller's identity."
    assert _docs.first_sentence("No full stop") == "No full stop"

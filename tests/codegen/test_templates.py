"""What our forked templates generate, checked on the fixture spec (tests/codegen/fixtures)."""

from __future__ import annotations

import importlib
import inspect
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from agent_memory_sdk._exceptions import InternalServerError
from agent_memory_sdk._runtime import NOT_GIVEN, Operation
from agent_memory_sdk._validation import RequestValidationError, validate_body

GOLDEN = Path(__file__).parent / "golden" / "_mini_api"


def _files(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generated_output_matches_the_golden_record(mini_dir: Path) -> None:
    """The whole generated tree is committed under golden/; UPDATE_GOLDEN=1 rewrites it."""
    fresh = _files(mini_dir)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        for name, text in fresh.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, encoding="utf-8")
    assert _files(GOLDEN) == fresh


def test_models_keep_unknown_fields_and_dump_them_back(mini: ModuleType) -> None:
    thing = mini.models.Thing.model_validate(
        {"id": "1", "name": "n", "color": "red", "created_at": "2026-01-01T00:00:00Z", "brand_new": {"x": 1}}
    )
    assert thing["brand_new"] == {"x": 1}
    assert thing.to_dict()["brand_new"] == {"x": 1}


def test_an_unknown_enum_value_is_kept_not_rejected(mini: ModuleType) -> None:
    thing = mini.models.Thing.model_validate(
        {"id": "1", "name": "n", "color": "ultraviolet", "created_at": "2026-01-01T00:00:00Z"}
    )
    assert thing.color.value == "ultraviolet"
    assert thing.color.is_known is False
    assert mini.models.Color("red").is_known is True
    assert thing.to_dict()["color"] == "ultraviolet"
    assert mini.models.Level(7).value == 7


def test_absent_and_null_stay_distinct(mini: ModuleType) -> None:
    base = {"id": "1", "name": "n", "color": "red", "created_at": "2026-01-01T00:00:00Z"}
    absent = mini.models.Thing.model_validate(base)
    null = mini.models.Thing.model_validate({**base, "note": None})
    assert "note" not in absent.model_fields_set
    assert "note" in null.model_fields_set
    assert "note" not in absent.to_dict()
    assert null.to_dict()["note"] is None


def test_reserved_and_camel_case_names_are_aliased(mini: ModuleType) -> None:
    wire = {
        "id": "1",
        "name": "n",
        "color": "red",
        "created_at": "2026-01-01T00:00:00+00:00",
        "json": "j",
        "model_config": "m",
        "camelCase": 3,
    }
    thing = mini.models.Thing.model_validate(wire)
    assert (thing.json_, thing.model_config_, thing.camel_case) == ("j", "m", 3)
    assert thing["camelCase"] == 3
    assert thing.to_dict() == wire


def test_date_times_parse_natively_and_dump_iso_8601(mini: ModuleType) -> None:
    cases = {
        "2026-05-07T12:00:00.123456789+00:00": "2026-05-07T12:00:00.123456+00:00",  # µs precision
        "2026-02-11T12:00:00.5Z": "2026-02-11T12:00:00.500000+00:00",
        "2026-02-11T14:00:00.000+02:00": "2026-02-11T14:00:00+02:00",
    }
    for text, dumped in cases.items():
        thing = mini.models.Thing.model_validate({"id": "1", "name": "n", "color": "red", "created_at": text})
        assert thing.created_at.tzinfo is not None
        assert thing.to_dict()["created_at"] == dumped


def test_a_wrong_shape_is_a_pydantic_error_the_engine_can_wrap(mini: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError):
        mini.models.Thing.model_validate({"id": "1"})


def test_importing_an_operation_or_the_facade_imports_no_model(mini_dir: Path) -> None:
    code = (
        "import sys; import _mini_api.client; import _mini_api.models as m; "
        "loaded = [n for n in sys.modules if n.startswith('_mini_api.models.')]; "
        "assert loaded == [], loaded; m.Thing; "
        "assert '_mini_api.models.thing' in sys.modules"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=mini_dir.parent, env=env)


def test_the_facade_imports_an_operation_module_on_its_first_call_only(mini_dir: Path) -> None:
    """Creating the facade loads no operation module; a call loads its own and no other."""
    code = (
        "import sys; import _mini_api.client as c\n"
        "ops = lambda: sorted(n for n in sys.modules if n.startswith('_mini_api.api.default.'))\n"
        "class Engine:\n"
        "    def request(self, operation, **kwargs): return operation.name\n"
        "methods = c.Methods(Engine())\n"
        "assert ops() == [], ops()\n"
        "assert methods.get('x') == 'get' and methods.get('y') == 'get'\n"
        "assert ops() == ['_mini_api.api.default.get'], ops()\n"
        "assert methods.sharing.share('s') == 'share'\n"
        "assert ops() == ['_mini_api.api.default.get', '_mini_api.api.default.share'], ops()\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=mini_dir.parent, env=env)


def test_operation_descriptors_carry_the_spec(mini: ModuleType) -> None:
    create = importlib.import_module("_mini_api.api.default.create").OPERATION
    assert isinstance(create, Operation)
    assert (create.method, create.path, create.content_type) == ("POST", "/things", "application/json")
    assert create.response_model(201) is mini.models.Thing
    assert create.response_model(202) is mini.models.Pending
    assert create.response_model(400) == "text"
    assert create.header_options == {"X-Agent-Id": "agent_id"}
    assert create.sdk == {"csv": ["labels"]}
    assert create.security is True
    health = importlib.import_module("_mini_api.api.default.health").OPERATION
    assert health.security is False
    share = importlib.import_module("_mini_api.api.default.share").OPERATION
    assert share.served is False
    get = importlib.import_module("_mini_api.api.default.get").OPERATION
    assert get.sdk_model("returns") is mini.models.ThingWithLinks
    bulk = importlib.import_module("_mini_api.api.default.bulk_create").OPERATION
    assert bulk.request_array is True
    assert bulk.request_model == "models.new_thing:NewThing"


def test_facade_methods_follow_x_sdk(mini: ModuleType) -> None:
    methods = mini.client.Methods
    get = inspect.signature(methods.get)
    assert next(iter(get.parameters.values())).name == "self"
    assert get.parameters["id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert get.parameters["timeout"].kind is inspect.Parameter.KEYWORD_ONLY
    update = inspect.signature(methods.update)
    assert list(update.parameters)[:3] == ["self", "id", "body"]
    assert hasattr(methods, "list"), "an operationId that is a builtin keeps its name"
    assert hasattr(mini.client.SharingResource, "share")
    assert hasattr(mini.client.OpsStatusResource, "health")
    create = inspect.signature(methods.create)
    assert create.parameters["agent_id"].default is NOT_GIVEN
    listing = inspect.signature(methods.list)
    assert "agent_id" in listing.parameters, "a header-only client option is a per-call argument"
    for option in ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries"):
        assert option in create.parameters


class _Recorder:
    """Stands in for the engine: records what a facade method hands over."""

    def __init__(self) -> None:
        self.calls: list[tuple[Operation, dict[str, object]]] = []

    def request(self, operation: Operation, **kwargs: object) -> str:
        self.calls.append((operation, kwargs))
        return "result"


def test_a_facade_call_hands_the_engine_wire_names(mini: ModuleType) -> None:
    recorder = _Recorder()
    methods = mini.client.Methods(recorder)
    assert methods.create(name="n", labels=["a", "b"], agent_id="ai:me") == "result"
    operation, kwargs = recorder.calls[-1]
    assert operation.name == "create"
    # The body field `agent_id` wins its name; X-Agent-Id then comes from the client's option.
    assert kwargs["headers"] == {}
    body = kwargs["body"]
    assert isinstance(body, dict)
    assert body["name"] == "n" and body["labels"] == ["a", "b"] and body["agent_id"] == "ai:me"
    assert body["size"] is NOT_GIVEN
    methods.update("abc", {"name": "from-dict", "note": "keep"}, name="override")
    assert recorder.calls[-1][1]["path"] == {"id": "abc"}
    assert recorder.calls[-1][1]["body"] == {"name": "override", "note": "keep"}
    methods.with_raw_response.get("x")
    assert recorder.calls[-1][1]["raw"] is True
    methods.sharing.share("s")
    assert recorder.calls[-1][0].name == "share"


def test_request_constraints_are_checked_trim_aware(mini: ModuleType) -> None:
    with pytest.raises(RequestValidationError) as caught:
        validate_body(mini.models.NewThing, {"name": "   ", "size": 9, "tags": ["toolong"]})
    assert caught.value.problems == [
        ("name", "must not be blank"),
        ("size", "must be at most 5 (got 9)"),
        ("tags[0]", "must be at most 4 characters (got 7)"),
    ]
    validate_body(mini.models.NewThing, {"name": " ok ", "size": 5})
    with pytest.raises(RequestValidationError) as caught:
        validate_body(mini.models.NewThing, [{"name": "a"}, {}], array=True)
    assert caught.value.problems == [("[1].name", "Field required")]


def test_responses_are_not_held_to_request_constraints(mini: ModuleType) -> None:
    thing = mini.models.NewThing.model_validate({"name": "x" * 500, "size": 99})
    assert thing.size == 99


def _engine_over(handler: Any) -> Any:
    from agent_memory_sdk._client import SyncAPIClient
    from agent_memory_sdk._profile import APIProfile

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return SyncAPIClient(profile=APIProfile(name="Mini", default_base_url="http://mini"), http_client=http)


def test_an_undocumented_non_iana_status_is_a_typed_error_not_a_crash(mini: ModuleType) -> None:
    engine = _engine_over(lambda request: httpx.Response(520, text="<html>origin error</html>"))
    methods = mini.client.Methods(engine)
    with pytest.raises(InternalServerError) as caught:
        methods.get("x", max_retries=0)
    assert caught.value.status_code == 520


def test_a_generated_method_parses_its_documented_model_through_the_engine(mini: ModuleType) -> None:
    wire = {
        "thing": {"id": "1", "name": "n", "color": "red", "created_at": "2026-01-01T00:00:00Z"},
        "links": [],
    }
    engine = _engine_over(lambda request: httpx.Response(200, json=wire))
    result = mini.client.Methods(engine).get("1")
    assert isinstance(result, mini.models.ThingWithLinks)
    assert (result.id, result.links) == ("1", [])

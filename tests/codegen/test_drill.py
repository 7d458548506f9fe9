"""The upgrade drill, as a test: a new route and a new error code in a spec become typed Python
after ``scripts/generate``, with zero edits outside ``specs/``.

In a temporary copy of the generator's inputs (specs/, templates/, scripts/), the ai-memory spec
gains a route returning an array of a new schema and a new documented error code; the copy's
``scripts/generate`` regenerates the package; then, in a fresh interpreter that imports the
regenerated package before the committed one, the real ``ai_memory`` client calls the new method
over a mock transport and gets typed models back, and the new code is an ``ErrorCode`` member.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = "specs/ai-memory.openapi.yaml"

NEW_ROUTE = {
    "get": {
        "operationId": "list_widgets",
        "summary": "List widgets",
        "description": "A route added by the drill: an array of a schema the spec did not have.",
        "tags": ["system"],
        "responses": {
            "200": {
                "description": "Every widget.",
                "content": {
                    "application/json": {
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/DrillWidget"}}
                    }
                },
            },
            "400": {
                "description": "Jammed.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        },
    }
}
NEW_SCHEMA = {
    "type": "object",
    "description": "A widget (added by the drill).",
    "required": ["id", "size"],
    "properties": {
        "id": {"type": "string", "description": "Id."},
        "size": {"type": "integer", "description": "Size."},
    },
}

CHECK = textwrap.dedent(
    """
    import httpx
    import _ai_memory_api
    import ai_memory
    from ai_memory import AiMemoryClient, ErrorCode
    from _ai_memory_api.models import DrillWidget

    assert _ai_memory_api.__file__.startswith(PACKAGE), _ai_memory_api.__file__

    def reply(request):
        if request.url.params.get("jam"):
            return httpx.Response(400, json={"error": "jammed", "code": "WIDGET_JAMMED"})
        return httpx.Response(200, json=[{"id": "w1", "size": 3}, {"id": "w2", "size": 5, "new": 1}])

    client = AiMemoryClient(http_client=httpx.Client(transport=httpx.MockTransport(reply)))
    widgets = client.list_widgets()
    assert [type(w) for w in widgets] == [DrillWidget, DrillWidget], widgets
    assert [(w.id, w.size) for w in widgets] == [("w1", 3), ("w2", 5)]
    assert [w.id for w in client.with_raw_response.list_widgets().parse()] == ["w1", "w2"]
    assert ErrorCode.WIDGET_JAMMED.is_known
    try:
        client.list_widgets(extra_query={"jam": "1"})
    except ai_memory.BadRequestError as error:
        assert error.code is ErrorCode.WIDGET_JAMMED, error.code
    else:
        raise AssertionError("no error")
    print("drill ok")
    """
)


def _digest(root: Path) -> dict[str, str]:
    """Every file outside specs/ and the regenerated package, by content hash."""
    files = [p for p in root.iterdir() if p.is_file()]
    for part in root.iterdir():
        if part.is_dir() and part.name not in ("specs", "generated", ".venv"):
            files += [p for p in part.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(files)}


def test_a_new_route_and_error_code_need_no_edit_outside_specs(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    for part in ("specs", "templates", "scripts"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "requirements-dev.txt"):  # the venv's fingerprint
        shutil.copy2(ROOT / name, copy / name)
    (copy / ".venv").symlink_to(ROOT / ".venv")  # the scripts run in the project's venv
    before = _digest(copy)

    spec_path = copy / SPEC
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["paths"]["/api/v1/drill/widgets"] = NEW_ROUTE
    spec["components"]["schemas"]["DrillWidget"] = NEW_SCHEMA
    spec["components"]["schemas"]["Error"]["properties"]["code"]["x-known-values"].append("WIDGET_JAMMED")
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")

    package = copy / "generated" / "_ai_memory_api"
    subprocess.run(
        [sys.executable, str(copy / "scripts" / "generate"), str(spec_path), "_ai_memory_api", str(package)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert _digest(copy) == before, "the drill edited something outside specs/"

    client = (package / "client.py").read_text(encoding="utf-8")
    for flavour in ("\n    def list_widgets(", "\n    async def list_widgets("):
        assert client.count(flavour) == 2, flavour  # typed and raw
    assert ") -> builtins.list[DrillWidget]:" in client
    assert ") -> APIResponse[builtins.list[DrillWidget]]:" in client
    assert 'WIDGET_JAMMED = "WIDGET_JAMMED"' in (package / "errors.py").read_text(encoding="utf-8")

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package.parent), str(ROOT / "src")])}
    code = f"PACKAGE = {str(package)!r}\n{CHECK}"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "drill ok"

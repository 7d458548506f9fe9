"""Skill routes (admin-only, R7 ``src/handlers/skills.rs`` → ``src/mcp/tools/skill_*.rs``): register a
``SKILL.md`` (inline or from a folder with ``resources/``), list, get, read a resource, export to a
folder, compose a context, and promote a reflection memory into a new skill."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from ._http import Ctx, axum_json, fail, jresp, query_parse
from ._parity import tool_body
from ._routes_admin import require_admin

_FRONT = re.compile(r"\A---\n(.*?)\n---\n?(.*)\Z", re.S)


def _parse(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text.replace("\r\n", "\n"))
    if m is None:
        raise fail(400, "SKILL.md must start with a '---' front-matter block")
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip().strip("'\"")
    for key in ("name", "description"):
        if not meta.get(key):
            raise fail(400, f"SKILL.md front matter is missing '{key}'")
    return meta, m.group(2).lstrip("\n")


def _folder(path: str) -> tuple[str, dict[str, str]]:
    folder = Path(path)
    if not path or not folder.is_dir():  # Rust's `Path::new("").is_dir()` is false (no `.` implied)
        raise fail(400, f"folder_path '{path}' is not a directory or does not exist")
    try:
        text = (folder / "SKILL.md").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(400, f"cannot read SKILL.md in '{path}': {exc}") from None
    res_dir, resources = folder / "resources", {}
    if res_dir.is_dir():
        for file in sorted(res_dir.rglob("*")):
            if file.is_file():
                resources[file.relative_to(res_dir).as_posix()] = file.read_text(
                    encoding="utf-8", errors="replace"
                )
    return text, resources


def _store(ctx: Ctx, meta: dict[str, str], body: str, resources: dict[str, str]) -> dict[str, Any]:
    ns = meta.get("namespace") or "global"
    digest = hashlib.sha256(json.dumps([meta, body, sorted(resources.items())]).encode()).hexdigest()
    store, now, sid = ctx.app.store, ctx.app.store.now(), ctx.app.store.new_id()
    prev = store.q("SELECT id FROM skills WHERE name = ? AND namespace = ?", (meta["name"], ns))
    with store.tx():
        store.x("DELETE FROM skills WHERE name = ? AND namespace = ?", (meta["name"], ns))
        store.x(
            "INSERT INTO skills VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                sid,
                meta["name"],
                ns,
                meta["description"],
                body,
                json.dumps(resources),
                json.dumps(meta),
                now,
                now,
            ),
        )
    out = {
        "registered": True,
        "id": sid,
        "namespace": ns,
        "name": meta["name"],
        "digest": digest,
        "signed": False,
    }
    return out | ({"superseded_id": prev[0]["id"]} if prev else {})


def register(ctx: Ctx) -> Any:
    require_admin(ctx)
    body = tool_body(ctx)
    if isinstance(body.get("folder_path"), str):
        text, resources = _folder(body["folder_path"])
    elif isinstance(body.get("inline_skill"), str):
        text, resources = body["inline_skill"], {}
    else:
        raise fail(400, "memory_skill_register requires either 'folder_path' or 'inline_skill'")
    meta, md = _parse(text)
    return jresp(200, _store(ctx, meta, md, resources))


def _row(ctx: Ctx, sid: str) -> dict[str, Any]:
    rows = ctx.app.store.q("SELECT * FROM skills WHERE id = ?", (sid,))
    if not rows:
        raise fail(404, f"skill not found: {sid}")
    return dict(rows[0])


def _digest(row: dict[str, Any]) -> str:
    meta = json.loads(row["metadata"])
    return hashlib.sha256(
        json.dumps([meta, row["body"], sorted(json.loads(row["resources"]).items())]).encode()
    ).hexdigest()


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row[k] for k in ("id", "name", "namespace", "description")}
    out["created_at"] = int(datetime.fromisoformat(row["created_at"]).timestamp())
    return out | {"digest": _digest(row), "metadata": json.loads(row["metadata"])}


def list_skills(ctx: Ctx) -> Any:
    require_admin(ctx)
    q = query_parse(ctx, {"namespace": ("str", False), "filter": ("str", False)})
    rows = [dict(r) for r in ctx.app.store.q("SELECT * FROM skills ORDER BY namespace, name")]
    needle = (q.get("filter") or "").lower()
    skills = [
        _summary(r)
        for r in rows
        if (q.get("namespace") is None or r["namespace"] == q["namespace"])
        and (needle in r["name"].lower() or needle in r["description"].lower())
    ]
    return jresp(200, {"skills": skills, "count": len(skills)})


def get(ctx: Ctx) -> Any:
    require_admin(ctx)
    row = _row(ctx, ctx.params["id"])
    resources = [{"path": p, "kind": "reference"} for p in sorted(json.loads(row["resources"]))]
    return jresp(200, {**_summary(row), "body": row["body"], "current": True, "resources": resources})


def resource(ctx: Ctx) -> Any:
    require_admin(ctx)
    q = query_parse(ctx, {"path": ("str", True)})
    row = _row(ctx, ctx.params["id"])
    if ".." in q["path"].split("/") or q["path"].startswith("/"):
        raise fail(400, f"invalid resource path: {q['path']}")
    resources = json.loads(row["resources"])
    if q["path"] not in resources:
        raise fail(404, f"resource not found: skill_id={row['id']} path={q['path']}")
    content = resources[q["path"]]
    digest = hashlib.sha256(content.encode()).hexdigest()
    return jresp(
        200,
        {"skill_id": row["id"], "resource_path": q["path"], "resource_kind": "reference", "content": content}
        | {"encoding": "utf-8", "digest": digest, "digest_verified": True},
    )


def export(ctx: Ctx) -> Any:
    require_admin(ctx)
    body = axum_json(ctx, {"target_folder": ("str", True)}, "SkillExportBody")
    row = _row(ctx, ctx.params["id"])
    target = Path(body["target_folder"])
    meta = json.loads(row["metadata"])
    front = "\n".join(f"{k}: {v}" for k, v in meta.items())
    try:
        target.mkdir(parents=True, exist_ok=True)
        (target / "SKILL.md").write_text(f"---\n{front}\n---\n\n{row['body']}", encoding="utf-8")
        for rel, content in json.loads(row["resources"]).items():
            path = target / "resources" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise fail(400, f"cannot export to '{target}': {exc}") from None
    files = ["SKILL.md", *(f"resources/{r}" for r in sorted(json.loads(row["resources"])))]
    return jresp(
        200,
        {"exported": True, "skill_id": row["id"], "target_folder": str(target), "digest": _digest(row)}
        | {"resources_exported": len(files) - 1, "files": files},
    )


def compose(ctx: Ctx) -> Any:
    require_admin(ctx)
    # ``Option<Json<SkillComposeBody>>``: axum 0.8 reads a request without ``Content-Type`` as no body.
    no_body = "content-type" not in ctx.headers
    body = {} if no_body else axum_json(ctx, {"budget_tokens": ("uint", False)}, "SkillComposeBody")
    row = _row(ctx, ctx.params["id"])
    context = f"# {row['name']}\n\n{row['description']}\n\n{row['body']}"
    budget = min(4000 if body.get("budget_tokens") is None else body["budget_tokens"], 32_000)
    truncated = len(context.encode()) // 4 > budget
    if truncated:
        context = context.encode()[: budget * 4].decode(errors="ignore")
    tokens = len(context.encode()) // 4
    return jresp(
        200,
        {
            "skill_id": row["id"],
            "skill_namespace": row["namespace"],
            "skill_name": row["name"],
            "body": context,
        }
        | {"compositional_namespaces": [], "reflections": [], "budget_tokens": budget, "tokens_used": tokens}
        | {"memories_dropped": 0, "truncated": truncated},
    )


def promote(ctx: Ctx) -> Any:
    """``{id}`` is a reflection memory; its content becomes the body of a new skill."""
    require_admin(ctx)
    spec = {"name": ("str", True), "description": ("str", True), "parameters_schema": ("any", False)}
    body = axum_json(ctx, spec, "SkillPromoteBody")
    mem = ctx.app.store.get_row(ctx.params["id"])
    if mem is None:
        raise fail(404, f"reflection not found: {ctx.params['id']}")
    depth = mem["metadata"].get("reflection_depth", 0)
    if mem["memory_kind"] != "reflection" or not isinstance(depth, int) or depth < 1:
        raise fail(400, f"memory is not a reflection: {mem['id']}")
    meta = {"namespace": mem["namespace"], "name": body["name"], "description": body["description"]}
    out = _store(ctx, meta, mem["content"], {})
    return jresp(
        200,
        {"promoted": True, "skill_id": out["id"], "namespace": out["namespace"], "name": out["name"]}
        | {
            "digest": out["digest"],
            "derived_from_reflection_id": mem["id"],
            "original_reflection_depth": depth,
        }
        | {"sources_attached": len(mem["metadata"].get("reflects_on") or []), "signed": False},
    )

"""MCP-parity routes about reflections, provenance and links: reflect, reflection origin, dependents
of an invalidated memory, reflection export, atomise (tier-locked without an LLM), link signature
verification, transcript replay, recall observations (R7 ``src/mcp/tools/*.rs``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from . import _validate as v
from ._http import Ctx, fail, jresp
from ._parity import tool_body, tool_caller, tool_str

_DERIVED = ("reflects_on", "derived_from", "derives_from", "supersedes")


def _id(body: dict[str, Any]) -> str:
    mid = tool_str(body, "memory_id")
    if not mid:
        raise fail(400, "memory_id cannot be empty")
    try:
        v.memory_id(mid)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    return mid


def _depth(mem: dict[str, Any]) -> int:
    depth = mem["metadata"].get("reflection_depth", 0)
    return depth if isinstance(depth, int) else 0


def reflect(ctx: Ctx) -> Any:
    body = tool_body(ctx)
    ids = body.get("source_ids")
    if not isinstance(ids, list):
        raise fail(400, "source_ids is required (array of memory IDs)")
    if not ids:
        raise fail(400, "source_ids cannot be empty")
    for i, sid in enumerate(ids):
        if not isinstance(sid, str):
            raise fail(400, f"source_ids[{i}] must be a string")
    title, content = tool_str(body, "title"), tool_str(body, "content")
    store = ctx.app.store
    sources = []
    for sid in ids:
        mem = store.get_row(sid)
        if mem is None:
            raise fail(400, f"source memory not found: {sid}")
        sources.append(mem)
    ns = body["namespace"] if isinstance(body.get("namespace"), str) else str(sources[0]["namespace"])
    try:
        v.title(title)
        v.content(content)
        v.namespace(ns)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    depth = 1 + max(_depth(m) for m in sources)
    now, rid = store.now(), store.new_id()
    meta = {"agent_id": ctx.caller, "reflection_depth": depth, "reflects_on": ids}
    with store.tx():
        store.insert_new(
            {"id": rid, "tier": "long", "namespace": ns, "title": title, "content": content}
            | {"created_at": now, "updated_at": now, "metadata": meta, "memory_kind": "reflection"}
        )
        for sid in ids:
            store.add_link(rid, sid, "reflects_on", ctx.caller)
    ctx.app.dispatcher.dispatch("memory_store", rid, ns, ctx.caller)
    return jresp(200, {"id": rid, "reflection_depth": depth, "reflects_on": ids, "namespace": ns})


def reflection_origin(ctx: Ctx) -> Any:
    mid = _id(tool_body(ctx))
    mem = ctx.app.store.get_row(mid)
    if mem is None:
        raise fail(400, f"memory not found: {mid}")
    depth = _depth(mem)
    return jresp(
        200,
        {
            "memory_id": mid,
            "peer_origin": None,
            "signing_agent": None,
            "original_depth": depth,
            "local_depth_at_arrival": depth,
            "is_reflection": mem["memory_kind"] == "reflection",
        },
    )


def dependents_of_invalidated(ctx: Ctx) -> Any:
    mid = _id(tool_body(ctx))
    marks = ",".join("?" * len(_DERIVED))
    rows = ctx.app.store.q(
        f"SELECT ml.source_id, ml.relation, m.title, m.namespace FROM memory_links ml "
        f"JOIN memories m ON m.id = ml.source_id WHERE ml.target_id = ? AND ml.relation IN ({marks}) "
        "ORDER BY ml.created_at",
        (mid, *_DERIVED),
    )
    deps = [
        {
            "memory_id": r["source_id"],
            "relation": r["relation"],
            "title": r["title"],
            "namespace": r["namespace"],
        }
        for r in rows
    ]
    return jresp(200, {"memory_id": mid, "count": len(deps), "dependents": deps})


def _yaml(text: str) -> str:
    quote = not text or text[0] in "-?*&!|>'\"%@`" or any(c in text for c in ":#\n")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"' if quote else text


def _render(mem: dict[str, Any], edges: list[Any], fmt: str) -> str:
    agent = mem["metadata"].get("agent_id") or ""
    depth = _depth(mem)
    if fmt == "json":
        env = {"memory_id": mem["id"], "namespace": mem["namespace"], "title": mem["title"]}
        env |= {"reflection_depth": depth, "attest_level": "unsigned", "created_at": mem["created_at"]}
        env |= {"agent_id": agent, "reflects_on": [e["target_id"] for e in edges], "content": mem["content"]}
        return json.dumps(env, indent=2, ensure_ascii=False)
    lines = ["---", f"memory_id: {mem['id']}", f"namespace: {_yaml(mem['namespace'])}"]
    lines += [f"title: {_yaml(mem['title'])}", f"reflection_depth: {depth}", "attest_level: unsigned"]
    lines += [f"created_at: {mem['created_at']}", f"agent_id: {_yaml(agent)}", "reflects_on:"]
    lines += [
        f"  - target_id: {e['target_id']}\n    attest_level: unsigned\n    created_at: {e['created_at']}"
        for e in edges
    ] or ["  []"]
    body = mem["content"] if mem["content"].endswith("\n") else mem["content"] + "\n"
    return "\n".join(lines) + "\n---\n\n" + str(body)


def export_reflection(ctx: Ctx) -> Any:
    body = tool_body(ctx)
    mid = _id(body)
    fmt_raw = body["format"] if isinstance(body.get("format"), str) else "md"
    fmt = {"md": "md", "markdown": "md", "json": "json"}.get(fmt_raw.lower())
    if fmt is None:
        raise fail(400, f"unsupported export format '{fmt_raw.lower()}' (expected 'md' or 'json')")
    mem = ctx.app.store.get_row(mid)
    if mem is None:
        raise fail(400, f"memory not found: {mid}")
    if mem["memory_kind"] != "reflection":
        raise fail(400, f"memory is not a reflection: {mid}")
    edges = ctx.app.store.q(
        "SELECT target_id, created_at FROM memory_links WHERE source_id = ? AND relation = 'reflects_on' "
        "ORDER BY created_at ASC",
        (mid,),
    )
    ns = mem["namespace"].strip("/")
    name = f"{ns}/{mid}.{fmt}" if ns else f"{mid}.{fmt}"
    return jresp(200, {"content": _render(mem, edges, fmt), "suggested_filename": name})


def atomise(ctx: Ctx) -> Any:
    """The keyword tier has no curator LLM: the daemon answers the tier lock (200)."""
    body = tool_body(ctx)
    if not tool_str(body, "memory_id"):
        raise fail(400, "memory_id must not be empty")
    n = body.get("max_atom_tokens")
    if isinstance(n, int) and not isinstance(n, bool) and not 50 <= n <= 1000:
        raise fail(400, f"max_atom_tokens out of range [50, 1000]: {n}")
    return jresp(
        200,
        {
            "tier-locked": "memory_atomise requires smart tier or higher",
            "current_tier": "keyword",
            "required_tier": "smart",
        },
    )


def verify(ctx: Ctx) -> Any:
    body = tool_body(ctx)
    link_id = body.get("link_id")
    if isinstance(link_id, str):
        src, sep, rest = link_id.partition("--")
        rel, sep2, dst = rest.partition("-->")
        if not (sep and sep2 and src and rel and dst):
            raise fail(
                400, f"link_id '{link_id}' is not in the expected form 'source_id--relation-->target_id'"
            )
    else:
        message = "link_id or source_id+target_id is required"
        src, dst = tool_str(body, "source_id", message=message), tool_str(body, "target_id", message=message)
        rel = body["relation"] if isinstance(body.get("relation"), str) else "related_to"
    try:
        v.memory_id(src)
        v.memory_id(dst)
        v.relation(rel)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    rows = ctx.app.store.q(
        "SELECT 1 FROM memory_links WHERE source_id = ? AND target_id = ? AND relation = ?", (src, dst, rel)
    )
    if not rows:
        raise fail(400, f"link not found: ({src}, {rel}, {dst})")
    return jresp(
        200, {"signature_verified": False, "attest_level": "unsigned", "signed_by": None, "signed_at": None}
    )


def replay(ctx: Ctx) -> Any:
    """Transcripts are off by default: no memory has a transcript to replay."""
    body = tool_body(ctx)
    tool_caller(ctx, body)
    mid = _id(body)
    return jresp(200, {"memory_id": mid, "transcripts": [], "count": 0})


def recall_observations(ctx: Ctx) -> Any:
    """The recall observations this server logged (one per recall), newest first."""
    body = tool_body(ctx)
    where, params = ["1=1"], []
    for key, sql in (
        ("recall_id", "recall_id = ?"),
        ("since", "created_at >= ?"),
        ("until", "created_at <= ?"),
    ):
        if isinstance(body.get(key), str):
            where.append(sql)
            params.append(body[key])
    limit: int = body["limit"] if isinstance(body.get("limit"), int) else 200
    rows = ctx.app.store.q(
        f"SELECT * FROM recall_observations WHERE {' AND '.join(where)} ORDER BY created_at DESC LIMIT ?",
        (*params, max(1, min(limit, 1000))),
    )
    obs = [{**dict(r), "memory_ids": json.loads(r["memory_ids"])} for r in rows]
    return jresp(200, {"observations": obs, "count": len(obs)})


PARITY: dict[str, Callable[[Any], Any]] = {
    "memory_reflect": reflect,
    "memory_recall_observations": recall_observations,
    "memory_reflection_origin": reflection_origin,
    "memory_dependents_of_invalidated": dependents_of_invalidated,
    "memory_export_reflection": export_reflection,
    "memory_atomise": atomise,
    "memory_verify": verify,
    "memory_replay": replay,
}

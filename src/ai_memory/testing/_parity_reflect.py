"""MCP-parity routes about reflections, provenance and links: reflect, reflection origin, dependents
of an invalidated memory, reflection export, atomise (tier-locked without an LLM), link signature
verification, transcript replay, recall observations (R7 ``src/mcp/tools/*.rs``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from . import _validate as v
from ._http import Ctx, fail, jresp
from ._parity import as_i64, tool_body, tool_caller, tool_str


def _id(body: dict[str, Any]) -> str:
    """A tool's ``memory_id``: required, not empty (looked up as is, not validated)."""
    mid = tool_str(body, "memory_id")
    if not mid:
        raise fail(400, "memory_id cannot be empty")
    return mid


def _valid_id(body: dict[str, Any]) -> str:
    """``memory_id`` through ``validate::validate_id`` (``memory_replay``)."""
    mid = tool_str(body, "memory_id")
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
    fields = _reflect_fields(ctx, body)
    asserted = as_i64(body.get("depth"))
    if asserted is not None and asserted < 0:
        raise fail(400, f"CALLER_DEPTH_MISMATCH: depth must be a non-negative integer (got depth={asserted})")
    for i, sid in enumerate(ids):
        try:
            v.memory_id(sid)
        except v.Invalid as exc:
            raise fail(400, f"source_ids[{i}]: {exc}") from None
        if sid in ids[:i]:
            raise fail(400, f"source_ids[{i}]: duplicate id '{sid}'")
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
        v.tags(fields["tags"])
        v.priority(fields["priority"])
        v.confidence(fields["confidence"])
        v.namespace(ns)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    depth = 1 + max(_depth(m) for m in sources)
    if asserted is not None and asserted != depth:
        raise fail(
            400,
            f"CALLER_DEPTH_MISMATCH: caller asserted depth={asserted} but substrate computed "
            f"reflection_depth={depth} from sources (max(source_depths)+1). Omit the `depth` field to "
            "defer to the substrate, or pass the matching value.",
        )
    now, rid = store.now(), store.new_id()
    writer, meta = fields.pop("writer"), fields.pop("metadata")
    meta |= {"agent_id": writer, "reflection_depth": depth, "reflects_on": ids}
    with store.tx():
        store.insert_new(
            {"id": rid, "namespace": ns, "title": title, "content": content, "source": "nhi", **fields}
            | {"created_at": now, "updated_at": now, "metadata": meta, "memory_kind": "reflection"}
        )
        for sid in ids:
            store.add_link(rid, sid, "reflects_on", writer)
    ctx.app.dispatcher.dispatch("memory_store", rid, ns, writer)
    return jresp(200, {"id": rid, "reflection_depth": depth, "reflects_on": ids, "namespace": ns})


def _reflect_fields(ctx: Ctx, body: dict[str, Any]) -> dict[str, Any]:
    """The optional params as ``handle_reflect`` reads them (a wrong type means the default). The
    writer is the body ``agent_id``, else ``metadata.agent_id``; without either the daemon records
    its own id, this server the caller."""
    tier = body["tier"] if isinstance(body.get("tier"), str) else "mid"
    if tier not in ("short", "mid", "long"):
        raise fail(400, f"invalid tier: {tier}")
    priority = as_i64(body.get("priority"))
    raw_conf = body.get("confidence")
    conf = float(raw_conf) if isinstance(raw_conf, (int, float)) and not isinstance(raw_conf, bool) else 1.0
    tags = [x for x in body["tags"] if isinstance(x, str)] if isinstance(body.get("tags"), list) else []
    meta = dict(body["metadata"]) if isinstance(body.get("metadata"), dict) else {}
    explicit = body.get("agent_id") if isinstance(body.get("agent_id"), str) else meta.get("agent_id")
    writer = explicit if isinstance(explicit, str) and explicit else ctx.caller
    try:
        v.agent_id(writer)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    in_i32 = priority is not None and -(2**31) <= priority < 2**31
    return {"tier": tier, "tags": tags, "priority": priority if in_i32 else 5, "confidence": conf} | {
        "metadata": meta,
        "writer": writer,
    }


def reflection_origin(ctx: Ctx) -> Any:
    """Provenance from ``metadata`` (``reflection_origin`` is stamped only on rows that arrived by
    sync): a local memory has no peer and no depth cap at arrival."""
    mid = _id(tool_body(ctx))
    mem = ctx.app.store.get_row(mid)
    if mem is None:
        raise fail(400, f"memory not found: {mid}")
    depth, meta = _depth(mem), mem["metadata"]
    origin = meta.get("reflection_origin") if isinstance(meta.get("reflection_origin"), dict) else {}
    peer, cap = origin.get("peer_origin"), origin.get("local_depth_at_arrival")
    signer = meta.get("agent_id")
    return jresp(
        200,
        {
            "memory_id": mem["id"],
            "peer_origin": peer if isinstance(peer, str) else None,
            "signing_agent": signer if isinstance(signer, str) else None,
            "original_depth": depth,
            "local_depth_at_arrival": cap if isinstance(cap, int) and 0 <= cap < 2**32 else None,
            "is_reflection": depth > 0,
        },
    )


def dependents_of_invalidated(ctx: Ctx) -> Any:
    """The memories with a ``reflects_on`` link to the given one (an unknown id has none)."""
    mid = _id(tool_body(ctx))
    rows = ctx.app.store.q(
        "SELECT m.id, m.namespace FROM memory_links ml JOIN memories m ON m.id = ml.source_id "
        "WHERE ml.target_id = ? AND ml.relation = 'reflects_on'",
        (mid,),
    )
    deps = [{"id": r["id"], "namespace": r["namespace"]} for r in rows]
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
    if "memory_id" not in body:
        raise fail(400, "memory_id is required")
    if not tool_str(body, "memory_id", message="memory_id must be a string"):
        raise fail(400, "memory_id must not be empty")
    if body.get("max_atom_tokens") is not None:
        n = as_i64(body["max_atom_tokens"])
        if n is None:
            raise fail(400, "max_atom_tokens must be an integer in [50, 1000] (default 200)")
        if not 50 <= n <= 1000:
            raise fail(400, f"max_atom_tokens out of range [50, 1000]: {n}")
    if body.get("force_re_atomise") is not None and not isinstance(body["force_re_atomise"], bool):
        raise fail(400, "force_re_atomise must be a boolean")
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
    mid = _valid_id(body)
    depth = body.get("depth")
    if depth is not None and as_i64(depth) is None:
        raise fail(400, "depth must be an integer or null")
    return jresp(200, {"memory_id": mid, "transcripts": [], "count": 0})


def recall_observations(ctx: Ctx) -> Any:
    """Only the MCP ``memory_recall`` tool records observations; the HTTP recall records none, so over
    HTTP the ledger is empty whatever the filters."""
    tool_body(ctx)
    return jresp(200, {"observations": [], "count": 0})


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

"""Archive routes: list/archive/purge (``/archive``), restore, archive stats."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from . import _identity
from . import _validate as v
from ._http import Ctx, axum_json, fail, jresp, query_parse
from ._routes_admin import require_admin


def archive(ctx: Ctx) -> Any:
    store = ctx.app.store
    if ctx.method == "GET":
        require_admin(ctx)
        q = query_parse(
            ctx, {"namespace": ("str", False), "limit": ("uint", False), "offset": ("uint", False)}
        )
        if q.get("limit") == 0:
            raise fail(400, "limit must be >= 1")
        rows = store.archived(q.get("namespace"), min(q.get("limit") or 50, 1000), q.get("offset") or 0)
        return jresp(200, {"archived": rows, "count": len(rows)})
    if ctx.method == "DELETE":
        q = query_parse(ctx, {"older_than_days": ("uint", False)})
        try:
            cutoff = v.fmt_ts(ctx.app.config.now() - timedelta(days=q.get("older_than_days") or 0))
        except OverflowError:  # a cutoff before year 1: nothing was archived that long ago
            cutoff = None
        n = store.x("DELETE FROM archived_memories WHERE archived_at <= ?", (cutoff,)) if cutoff else 0
        owner = "admin" if _identity.is_admin(ctx.app.config, ctx.caller) else "caller"
        return jresp(200, {"purged": n, "owner_scope": owner})
    body = axum_json(ctx, {"ids": ("strlist", True), "reason": ("str", False)}, "ArchiveBody")
    if len(body["ids"]) > v.MAX_BULK_SIZE:
        raise fail(400, "archive limited to 1000 ids")
    reason = body.get("reason") or "archive"
    done, missing = [], []
    for mid in body["ids"]:
        mem = store.get_row(mid)
        if mem is None or not _identity.can_modify(ctx.app.config, mem["metadata"], ctx.caller):
            missing.append(mid)
            continue
        store.archive(mem, reason)
        done.append(mid)
    return jresp(200, {"archived": done, "missing": missing, "count": len(done), "reason": reason})


def archive_restore(ctx: Ctx) -> Any:
    mid = ctx.params["id"]
    row = ctx.app.store.q("SELECT row FROM archived_memories WHERE id = ?", (mid,))
    meta = (json.loads(row[0]["row"]).get("metadata") or {}) if row else {}
    if not _identity.can_modify(ctx.app.config, meta, ctx.caller) or not ctx.app.store.restore(mid):
        raise fail(404, "not found in archive")
    return jresp(200, {"restored": True, "id": mid})


def archive_stats(ctx: Ctx) -> Any:
    require_admin(ctx)
    return jresp(200, ctx.app.store.archive_stats())

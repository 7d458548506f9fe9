"""[H] memory lifecycle (``mutations.ts``): bulk forget (with dry run), vacuum, consolidation."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

from ._common import ApiError, iso, parse_iso, short_id
from ._rows import VALID_TYPES
from ._store import Database
from ._tables import ensure

DRY_RUN_LIMIT = 1000


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def bulk_forget(
    db: Database, args: dict[str, Any], user_id: str | None, now: str, only_working: bool
) -> tuple[str, dict[str, Any]]:
    """``bulkForgetMemoriesPayload``: snake_case args as the MCP tool and the route pass them."""
    types = (
        [t for t in args.get("types") or [] if t in VALID_TYPES]
        if isinstance(args.get("types"), list)
        else []
    )
    tags = [t for t in args.get("tags") or [] if t] if isinstance(args.get("tags"), list) else []
    days = args.get("older_than_days")
    older = (
        -(-days // 1) if isinstance(days, (int, float)) and not isinstance(days, bool) and days > 0 else None
    )
    pattern = args["pattern"].strip() if isinstance(args.get("pattern"), str) else ""
    project_id = args["project_id"].strip() if isinstance(args.get("project_id"), str) else ""
    everything = args.get("all") is True
    if everything and (types or tags or older or pattern):
        raise ApiError(
            "validation_error",
            "BULK_FORGET_INVALID_FILTERS",
            "Cannot combine all:true with other filters",
            400,
            rpc_code=-32602,
        )
    if not everything and not (types or tags or older or pattern):
        raise ApiError(
            "validation_error",
            "BULK_FORGET_NO_FILTERS",
            "Provide at least one filter (types, tags, older_than_days, pattern), or use all:true. "
            "project_id alone is not a sufficient filter.",
            400,
            rpc_code=-32602,
        )
    where = ["deleted_at IS NULL", "user_id = ?" if user_id else "user_id IS NULL"]
    params: list[Any] = [user_id] if user_id else []
    if only_working:
        where.append("memory_layer = 'working'")
    if types:
        where.append(f"type IN ({', '.join('?' * len(types))})")
        params += types
    if tags:
        where.append("(" + " OR ".join(["tags LIKE ? ESCAPE '\\'"] * len(tags)) + ")")
        params += [f"%{_like_escape(str(t))}%" for t in tags]
    if older:
        cutoff = parse_iso(now)
        assert cutoff is not None
        where.append("created_at < ?")
        try:
            params.append(iso(cutoff - timedelta(days=int(older))))
        except OverflowError:
            # Before year 1: JavaScript writes such a cutoff as an extended year ("-077180-…"),
            # which sorts below every stored timestamp, so the filter matches nothing.
            params.append("-")
    if pattern:
        glob = pattern.replace("%", "\\%").replace("_", "\\_").replace("*", "%").replace("?", "_")
        where.append("content LIKE ? ESCAPE '\\'")
        params.append(f"%{glob}%")
    if project_id:
        where.append("project_id = ?")
        params.append(project_id)
    sql = " AND ".join(where)
    if args.get("dry_run") is True:
        rows = db.query(
            f"SELECT id, type, content FROM memories WHERE {sql} ORDER BY created_at DESC LIMIT ?",
            [*params, DRY_RUN_LIMIT + 1],
        )
        more = len(rows) > DRY_RUN_LIMIT
        shown = rows[:DRY_RUN_LIMIT]
        memories = [
            {
                "id": r["id"],
                "type": r["type"],
                "contentPreview": r["content"][:80].strip() + "..."
                if len(r["content"]) > 80
                else r["content"],
            }
            for r in shown
        ]
        message = (
            f"Dry run: more than {DRY_RUN_LIMIT} memories would be deleted (showing first {DRY_RUN_LIMIT})"
            if more
            else f"Dry run: {len(rows)} memories would be deleted"
        )
        return message, {"count": len(shown), "memories": memories, "message": message}
    with db.tx() as conn:
        ids = [r["id"] for r in conn.execute(f"SELECT id FROM memories WHERE {sql}", params)]
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            conn.execute(
                "UPDATE memories SET deleted_at = ?, updated_at = ? "
                f"WHERE id IN ({', '.join('?' * len(batch))})",
                [now, now, *batch],
            )
    message = f"Bulk deleted {len(ids)} memories" if ids else "No memories matched the filters"
    return message, {"count": len(ids), "ids": ids, "message": message}


def vacuum(db: Database, user_id: str | None, only_working: bool) -> tuple[str, dict[str, Any]]:
    """``vacuumMemoriesPayload``: hard-delete the soft-deleted rows of this user (HTTP: working only)."""
    where = "deleted_at IS NOT NULL AND " + ("user_id = ?" if user_id else "user_id IS NULL")
    if only_working:
        where += " AND memory_layer = 'working'"
    with db.tx() as conn:
        purged = conn.execute(f"DELETE FROM memories WHERE {where}", [user_id] if user_id else []).rowcount
    message = f"Vacuumed {purged} soft-deleted memories" if purged else "No soft-deleted memories to vacuum"
    return message, {"purged": purged, "message": message}


def _upsert_key(value: str | None) -> str | None:
    if not value:
        return None
    text = re.sub(r"-+", "-", re.sub(r"[^a-z0-9:_-]+", "-", value.strip().lower())).strip("-")[:120]
    return text or None


def _derive_key(row: Any) -> str | None:
    category = _upsert_key(row["category"])
    if category:
        return f"{row['type']}:{category}"
    line = next((ln for ln in re.split(r"\r?\n", row["content"] or "") if ln.strip()), None)
    if line is None:
        return None
    prefix = line.split(":")[0] if ":" in line else " ".join(line.split()[:6])
    key = _upsert_key(prefix)
    return f"{row['type']}:{key}" if key else None


def _comparable(text: str) -> str:
    return " ".join(text.split()).lower()


def consolidate(
    db: Database, args: dict[str, Any], project_id: str | None, user_id: str | None, now: str
) -> tuple[str, dict[str, Any]]:
    """``consolidateMemoriesPayload``: group by upsert key, newest wins, the rest are superseded."""
    ensure(db)
    include_global = args.get("includeGlobal", True) is not False
    global_only, dry_run = args.get("globalOnly") is True, args.get("dryRun") is True
    model = args["model"].strip() if isinstance(args.get("model"), str) and args["model"].strip() else None
    types = [t for t in args.get("types") or [] if t in VALID_TYPES] or ["rule", "decision", "fact", "note"]
    if global_only or not project_id:
        scope_sql, scope_args = "scope = 'global'", []
    elif include_global:
        scope_sql, scope_args = "scope = 'global' OR (scope = 'project' AND project_id = ?)", [project_id]
    else:
        scope_sql, scope_args = "(scope = 'project' AND project_id = ?)", [project_id]
    user_sql, user_args = ("user_id = ?", [user_id]) if user_id else ("user_id IS NULL", [])
    winners: list[str] = []
    superseded: list[str] = []
    merged = conflicted = 0
    with db.tx() as conn:
        rows = conn.execute(
            f"""SELECT id, content, type, scope, project_id, user_id, category, upsert_key, updated_at,
                created_at FROM memories WHERE deleted_at IS NULL AND superseded_at IS NULL AND {user_sql}
                AND ({scope_sql}) AND type IN ({", ".join("?" * len(types))}) ORDER BY rowid""",
            [*user_args, *scope_args, *types],
        ).fetchall()
        groups: dict[str, list[Any]] = {}
        for row in rows:
            key = _upsert_key(row["upsert_key"]) or _derive_key(row)
            if not key:
                continue
            owner = f"{row['project_id'] or 'global'}|{row['user_id'] or 'anon'}"
            group = f"{row['scope']}|{owner}|{row['type']}|{key}"
            groups.setdefault(group, []).append(row)
            if not dry_run and not row["upsert_key"]:
                conn.execute(
                    "UPDATE memories SET upsert_key = ?, updated_at = ? WHERE id = ?", (key, now, row["id"])
                )
        for group, bucket in groups.items():
            if len(bucket) < 2:
                continue
            key = group.rsplit("|", 1)[1]
            ordered = sorted(
                bucket,
                key=lambda r: (
                    str(parse_iso(r["updated_at"] or "") or ""),
                    str(parse_iso(r["created_at"] or "") or ""),
                ),
                reverse=True,
            )
            winner, losers = ordered[0], ordered[1:]
            merged += 1
            winners.append(winner["id"])
            if not dry_run:
                conn.execute(
                    "UPDATE memories SET upsert_key = ?, confidence = COALESCE(confidence, 1.0), "
                    "last_confirmed_at = COALESCE(last_confirmed_at, ?), updated_at = ? WHERE id = ?",
                    (key, now, now, winner["id"]),
                )
            for loser in losers:
                conflict = _comparable(loser["content"]) != _comparable(winner["content"])
                conflicted += conflict
                superseded.append(loser["id"])
                if dry_run:
                    continue
                conn.execute(
                    "UPDATE memories SET superseded_by = ?, superseded_at = ?, upsert_key = ?, "
                    "updated_at = ? "
                    "WHERE id = ?",
                    (winner["id"], now, key, now, loser["id"]),
                )
                for link in ("supersedes", "contradicts") if conflict else ("supersedes",):
                    conn.execute(
                        "INSERT INTO memory_links (id, source_id, target_id, link_type, created_at) "
                        "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM memory_links WHERE "
                        "source_id = ? AND target_id = ? AND link_type = ?)",
                        (short_id(), winner["id"], loser["id"], link, now, winner["id"], loser["id"], link),
                    )
        metadata = {
            "dryRun": dry_run,
            "includeGlobal": include_global,
            "globalOnly": global_only,
            "types": types,
            "candidateGroups": len(groups),
        }
        run = {
            "id": short_id(),
            "scope": "project" if not global_only and project_id else "global",
            "projectId": None if global_only else project_id,
            "userId": user_id,
            "inputCount": len(rows),
            "mergedCount": merged,
            "supersededCount": len(superseded),
            "conflictedCount": conflicted,
            "model": model,
            "createdAt": now,
            "metadata": metadata,
        }
        conn.execute(
            "INSERT INTO memory_consolidation_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*list(run.values())[:10], json.dumps(metadata)),
        )
    message = f"{'Dry-run ' if dry_run else ''}consolidation run {run['id']} completed"
    return message, {
        "runId": run["id"],
        "message": message,
        "run": run,
        "winnerMemoryIds": winners,
        "supersededMemoryIds": superseded,
    }

"""Memory operations (seed-era ``mutations.ts`` / ``queries.ts``): add, edit, forget, search, list."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ._common import ApiError, add_hours, short_id
from ._config import ServerConfig
from ._rows import (
    COLUMNS,
    VALID_LAYERS,
    VALID_TYPES,
    exact_user,
    format_memory,
    layer_filter,
    memory_not_found,
    project_filter,
    structured,
    truncate,
    user_filter,
)
from ._store import Database


def compact_working(conn: sqlite3.Connection, cfg: ServerConfig, user_id: str | None, now: str) -> None:
    """Soft-delete expired working memories, then keep only the newest N for this user (or NULL)."""
    conn.execute(
        "UPDATE memories SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND "
        "memory_layer = 'working' AND expires_at IS NOT NULL AND expires_at <= ?",
        (now, now, now),
    )
    clause, args = exact_user(user_id)
    conn.execute(
        f"""UPDATE memories SET deleted_at = ?, updated_at = ? WHERE id IN (
              SELECT id FROM memories WHERE deleted_at IS NULL AND memory_layer = 'working'
              AND (expires_at IS NULL OR expires_at > ?) AND {clause}
              ORDER BY updated_at DESC, created_at DESC, rowid DESC LIMIT -1 OFFSET ?)""",
        (now, now, now, *args, cfg.working_memory_max_items),
    )


def content_required() -> ApiError:
    return ApiError(
        "validation_error",
        "MEMORY_CONTENT_REQUIRED",
        "Memory content is required",
        400,
        details={"field": "content"},
        rpc_code=-32602,
    )


def add_memory(
    db: Database,
    cfg: ServerConfig,
    args: dict[str, Any],
    project_id: str | None,
    user_id: str | None,
    now: str,
) -> tuple[str, dict[str, Any]]:
    content = args["content"].strip() if isinstance(args.get("content"), str) else ""
    if not content:
        raise content_required()
    raw_type = args.get("type") or "note"
    mtype = raw_type if raw_type in VALID_TYPES else "note"
    layer = parse_layer(args) or ("rule" if mtype == "rule" else "long_term")
    expires_at = add_hours(now, cfg.working_memory_ttl_hours) if layer == "working" else None
    tags = ",".join(str(t) for t in args["tags"]) if isinstance(args.get("tags"), list) else None
    paths = ",".join(str(p) for p in args["paths"]) if isinstance(args.get("paths"), list) else None
    category = args.get("category") or None
    metadata = json.dumps(args["metadata"]) if args.get("metadata") not in (None, False, 0, "") else None
    scope = "project" if project_id else "global"
    mid = short_id()
    row = {
        "id": mid,
        "content": content,
        "type": mtype,
        "memory_layer": layer,
        "expires_at": expires_at,
        "scope": scope,
        "project_id": project_id or None,
        "user_id": user_id,
        "tags": tags,
        "paths": paths,
        "category": category,
        "metadata": metadata,
        "created_at": now,
        "updated_at": now,
    }
    with db.tx() as conn:
        conn.execute(
            f"INSERT INTO memories ({COLUMNS}) VALUES ({', '.join('?' * 14)})",
            tuple(row[c.strip()] for c in COLUMNS.split(",")),
        )
        if layer == "working":
            compact_working(conn, cfg, user_id, now)
    label = f"project:{project_id.split('/')[-1]}" if project_id else "global"
    message = f"Stored {mtype} ({label}): {truncate(content)}"
    return message, {"memory": structured(row), "id": mid, "message": message}


def parse_layer(args: dict[str, Any]) -> str | None:
    value = args.get("layer")
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(
            "validation_error",
            "MEMORY_LAYER_INVALID",
            "layer must be one of: rule, working, long_term",
            400,
            details={"field": "layer"},
            rpc_code=-32602,
        )
    if value.strip() not in VALID_LAYERS:
        raise ApiError(
            "validation_error",
            "MEMORY_LAYER_INVALID",
            "layer must be one of: rule, working, long_term",
            400,
            details={"field": "layer", "value": value},
            rpc_code=-32602,
        )
    return value.strip()


def _require_id(args: dict[str, Any]) -> str:
    mid = args.get("id")
    if isinstance(mid, (dict, list)):  # libsql cannot bind it: the service fails with a TypeError
        raise TypeError("Unsupported type of value")
    if not mid:
        raise ApiError(
            "validation_error",
            "MEMORY_ID_REQUIRED",
            "Memory id is required",
            400,
            details={"field": "id"},
            rpc_code=-32602,
        )
    return str(mid)


def edit_memory(
    db: Database, cfg: ServerConfig, args: dict[str, Any], user_id: str | None, now: str
) -> tuple[str, dict[str, Any]]:
    mid = _require_id(args)
    layer = parse_layer(args)
    sets: list[str] = ["updated_at = ?"]
    vals: list[Any] = [now]
    if "content" in args:  # [H] a non-string or blank content is MEMORY_CONTENT_REQUIRED
        content = args["content"].strip() if isinstance(args["content"], str) else ""
        if not content:
            raise content_required()
        sets.append("content = ?")
        vals.append(content)
    if args.get("type") in VALID_TYPES:
        sets.append("type = ?")
        vals.append(args["type"])
        if "layer" not in args and args["type"] == "rule":
            sets += ["memory_layer = ?", "expires_at = ?"]
            vals += ["rule", None]
    for name in ("tags", "paths"):
        if name in args:
            sets.append(f"{name} = ?")
            vals.append(",".join(str(v) for v in args[name]) if isinstance(args[name], list) else None)
    if "category" in args:
        sets.append("category = ?")
        vals.append(args["category"] or None)
    if "metadata" in args:
        sets.append("metadata = ?")
        vals.append(json.dumps(args["metadata"]) if args["metadata"] not in (None, False, 0, "") else None)
    if layer is not None:
        sets += ["memory_layer = ?", "expires_at = ?"]
        vals += [layer, add_hours(now, cfg.working_memory_ttl_hours) if layer == "working" else None]
    clause, uargs = exact_user(user_id)
    with db.tx() as conn:
        cur = conn.execute(
            f"UPDATE memories SET {', '.join(sets)} WHERE id = ? AND deleted_at IS NULL AND {clause}",
            (*vals, mid, *uargs),
        )
        if cur.rowcount == 0:
            raise memory_not_found(mid)
        if layer == "working":
            compact_working(conn, cfg, user_id, now)
    message = f"Updated memory {mid}"
    return message, {"id": mid, "updated": True, "message": message}


def forget_memory(
    db: Database, args: dict[str, Any], user_id: str | None, now: str, only_working: bool = False
) -> tuple[str, dict[str, Any]]:
    """Soft delete; [H] HTTP deletes only working memories and never reports not-found, MCP does."""
    mid = _require_id(args)
    clause, uargs = exact_user(user_id)
    layer = " AND memory_layer = 'working'" if only_working else ""
    with db.tx() as conn:
        cur = conn.execute(
            "UPDATE memories SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL "
            f"AND {clause}{layer}",
            (now, now, mid, *uargs),
        )
    if cur.rowcount == 0 and not only_working:
        raise memory_not_found(mid)
    message = f"Deleted memory {mid}"
    return message, {"id": mid, "deleted": True, "message": message}


def _sql_limit(value: Any) -> int:
    """SQLite LIMIT of a JS number (MCP limits are not clamped at [S]): negative means no limit."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def list_memories(
    db: Database, args: dict[str, Any], project_id: str | None, user_id: str | None, now: str
) -> tuple[str, dict[str, Any]]:
    limit = args.get("limit") or 20
    users, uargs = user_filter(user_id)
    proj, pargs = project_filter(project_id)
    sql = (
        f"SELECT {COLUMNS} FROM memories WHERE deleted_at IS NULL AND {users} "
        f"AND {layer_filter(parse_layer(args))} AND (expires_at IS NULL OR expires_at > ?) AND {proj}"
    )
    sargs: list[Any] = [*uargs, now, *pargs]
    if args.get("type"):
        sql += " AND type = ?"
        sargs.append(args["type"])
    if args.get("tags"):
        escaped = "".join("\\" + ch if ch in "%_\\" else ch for ch in str(args["tags"]))
        sql += " AND tags LIKE ? ESCAPE '\\'"
        sargs.append(f"%{escaped}%")
    rows = db.query(sql + " ORDER BY created_at DESC, rowid DESC LIMIT ?", [*sargs, _sql_limit(limit)])
    if not rows:
        return "No memories found.", {"memories": [], "count": 0}
    text = f"{len(rows)} memories:\n\n" + "\n".join(format_memory(r) for r in rows)
    return text, {"memories": [structured(r) for r in rows], "count": len(rows)}

"""Skill files (seed-era ``skill-files.ts``): upsert by identity, list, soft delete."""

from __future__ import annotations

import re
from typing import Any

from ._common import ApiError, js_trim, short_id
from ._rows import exact_user, user_filter
from ._store import Database
from ._tables import ensure

_COLS = (
    "id, path, content, scope, project_id, user_id, usage_count, last_used_at, procedure_key, created_at, "
    "updated_at"
)


def procedure_key(value: str | None) -> str | None:
    """``normalizeProcedureKey``: lower-case, ``[a-z0-9:_-]`` runs, at most 120 characters."""
    if not value:
        return None
    text = re.sub(r"-+", "-", re.sub(r"[^a-z0-9:_-]+", "-", value.strip().lower())).strip("-")[:120]
    return text or None


def _key_from_path(path: str) -> str | None:
    parts = [p.strip() for p in path.split("/") if p.strip()]
    return procedure_key(re.sub(r"\.[a-z0-9]+$", "", parts[-1], flags=re.I)) if parts else None


def _key_from_query(query: str | None) -> str | None:
    line = next((ln.strip() for ln in (query or "").splitlines() if ln.strip()), None)
    if line is None:
        return None
    return procedure_key(line.split(":")[0] if ":" in line else " ".join(line.split()[:6]))


def structured_skill(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "path": row["path"],
        "content": row["content"],
        "scope": row["scope"],
        "projectId": row["project_id"],
        "userId": row["user_id"],
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
        "usageCount": row["usage_count"] or 0,
        "lastUsedAt": row["last_used_at"],
        "procedureKey": row["procedure_key"],
    }


def _identity(path: str, project_id: str | None, user_id: str | None) -> tuple[str, list[Any]]:
    scope = "project" if project_id else "global"
    uclause, uargs = exact_user(user_id)
    pclause = "project_id = ?" if project_id else "project_id IS NULL"
    args: list[Any] = [path, scope, *([project_id] if project_id else []), *uargs]
    return f"path = ? AND scope = ? AND {pclause} AND {uclause}", args


def upsert_skill(
    db: Database,
    path: str,
    content: str,
    project_id: str | None,
    user_id: str | None,
    now: str,
    procedure: str | None = None,
) -> dict[str, Any]:
    path, content = js_trim(path), js_trim(content)  # JavaScript's String.prototype.trim
    key = procedure_key(procedure) or _key_from_path(path)
    ensure(db)
    if not path:
        raise ApiError(
            "validation_error",
            "SKILL_FILE_PATH_REQUIRED",
            "skill file path is required",
            400,
            details={"field": "path"},
            rpc_code=-32602,
        )
    if not content:
        raise ApiError(
            "validation_error",
            "SKILL_FILE_CONTENT_REQUIRED",
            "skill file content is required",
            400,
            details={"field": "content"},
            rpc_code=-32602,
        )
    scope = "project" if project_id else "global"
    where, args = _identity(path, project_id, user_id)
    with db.tx() as conn:
        found = conn.execute(
            f"SELECT id FROM skill_files WHERE {where} "
            "ORDER BY deleted_at IS NULL DESC, updated_at DESC LIMIT 1",
            args,
        ).fetchone()
        created = found is None
        sid = short_id() if created else found["id"]
        if created:
            conn.execute(
                f"INSERT INTO skill_files ({_COLS}, deleted_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, NULL)",
                (sid, path, content, scope, project_id or None, user_id, key, now, now),
            )
        else:
            conn.execute(
                "UPDATE skill_files SET content = ?, procedure_key = ?, updated_at = ?, deleted_at = NULL "
                "WHERE id = ?",
                (content, key, now, sid),
            )
        row = conn.execute(f"SELECT {_COLS} FROM skill_files WHERE id = ? LIMIT 1", (sid,)).fetchone()
    if row is None:
        raise ApiError(
            "internal_error",
            "SKILL_FILE_UPSERT_READBACK_FAILED",
            "Failed to read back skill file after upsert",
            500,
            True,
            rpc_code=-32000,
        )
    label = f"project:{project_id}" if project_id else "global"
    message = f"{'Created' if created else 'Updated'} skill file {path} ({label})"
    return {"skillFile": structured_skill(row), "created": created, "message": message}


def list_skills(
    db: Database,
    project_id: str | None,
    user_id: str | None,
    limit: int,
    query: str | None = None,
    procedure: str | None = None,
) -> dict[str, Any]:
    """Project files first, then [H] the procedure-key match, usage count, last use, recency."""
    limit = max(1, min(int(limit or 50), 500))
    ranking = procedure_key(procedure) or _key_from_query(query)
    ensure(db)
    uclause, uargs = user_filter(user_id)
    sql = f"SELECT {_COLS} FROM skill_files WHERE deleted_at IS NULL AND {uclause} AND (scope = 'global'"
    args: list[Any] = list(uargs)
    if project_id:
        sql += " OR (scope = 'project' AND project_id = ?)"
        args.append(project_id)
    sql += ") ORDER BY CASE scope WHEN 'project' THEN 0 ELSE 1 END, "
    if ranking:
        sql += "CASE WHEN procedure_key = ? THEN 0 WHEN procedure_key LIKE ? THEN 1 ELSE 2 END, "
        args += [ranking, f"{ranking}:%"]
    sql += (
        "COALESCE(usage_count, 0) DESC, COALESCE(last_used_at, '') DESC, updated_at DESC, created_at DESC, "
        "rowid DESC LIMIT ?"
    )
    rows = db.query(sql, [*args, limit])
    files = [structured_skill(r) for r in rows]
    return {"skillFiles": files, "count": len(files)}


def delete_skill(
    db: Database, path: str, project_id: str | None, user_id: str | None, now: str
) -> dict[str, Any]:
    path = js_trim(path)
    where, args = _identity(path, project_id, user_id)
    with db.tx() as conn:
        cur = conn.execute(
            f"UPDATE skill_files SET deleted_at = ?, updated_at = ? WHERE {where} AND deleted_at IS NULL",
            (now, now, *args),
        )
        changed = cur.rowcount
    if changed == 0:
        raise ApiError(
            "not_found_error",
            "SKILL_FILE_NOT_FOUND",
            "Skill file not found for this scope",
            404,
            details={
                "path": path,
                "scope": "project" if project_id else "global",
                "projectId": project_id or None,
                "userId": user_id,
            },
            rpc_code=-32004,
        )
    return {"path": path, "deleted": True, "message": f"Deleted skill file {path}"}


def mark_used(db: Database, ids: list[str], user_id: str | None, now: str) -> None:
    """``markSkillFilesUsedPayload``: context/get counts each returned skill file as used."""
    if not ids:
        return
    clause, uargs = exact_user(user_id)
    with db.tx() as conn:
        conn.execute(
            "UPDATE skill_files SET usage_count = COALESCE(usage_count, 0) + 1, last_used_at = ?, "
            "updated_at = ? "
            f"WHERE deleted_at IS NULL AND {clause} AND id IN ({', '.join('?' * len(ids))})",
            (now, now, *uargs, *ids),
        )

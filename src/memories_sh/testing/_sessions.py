"""[H] sessions (``sessions.ts``), snapshots (written by the CLI) and ``skills/files/promote``."""

from __future__ import annotations

import json
import re
from typing import Any

from ._common import ApiError, short_id
from ._skills import upsert_skill
from ._store import Database
from ._tables import ensure


def _session(row: Any) -> dict[str, Any]:
    try:
        meta = json.loads(row["metadata"]) if row["metadata"] else None
    except ValueError:
        meta = None
    return {
        "id": row["id"],
        "scope": row["scope"],
        "projectId": row["project_id"],
        "userId": row["user_id"],
        "client": row["client"],
        "status": row["status"],
        "title": row["title"],
        "startedAt": row["started_at"],
        "lastActivityAt": row["last_activity_at"],
        "endedAt": row["ended_at"],
        "metadata": meta if isinstance(meta, dict) else None,
    }


def _snapshot(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "sessionId": row["session_id"],
        "slug": row["slug"],
        "sourceTrigger": row["source_trigger"],
        "transcriptMd": row["transcript_md"],
        "messageCount": row["message_count"],
        "createdAt": row["created_at"],
    }


def _not_found(session_id: str) -> ApiError:
    return ApiError(
        "not_found_error",
        "SESSION_NOT_FOUND",
        f"Session not found: {session_id}",
        404,
        details={"sessionId": session_id},
        rpc_code=-32004,
    )


def _get(db: Database, session_id: str, user_id: str | None, project_id: str | None) -> Any:
    sql = "SELECT * FROM memory_sessions WHERE id = ?"
    args: list[Any] = [session_id]
    sql += " AND user_id = ?" if user_id else " AND user_id IS NULL"
    args += [user_id] if user_id else []
    sql += " AND project_id = ?" if project_id else " AND project_id IS NULL"
    args += [project_id] if project_id else []
    rows = ensure(db).query(sql + " LIMIT 1", args)
    return rows[0] if rows else None


def _active(db: Database, session_id: str, user_id: str | None, project_id: str | None, op: str) -> Any:
    row = _get(db, session_id, user_id, project_id)
    if row is None:
        raise _not_found(session_id)
    if row["status"] != "active":
        raise ApiError(
            "validation_error",
            "SESSION_NOT_ACTIVE",
            f"Session {session_id} is {row['status']}; only active sessions can be {op}",
            409,
            details={"sessionId": session_id, "status": row["status"]},
            rpc_code=-32602,
        )
    return row


def start(
    db: Database, p: dict[str, Any], project_id: str | None, user_id: str | None, now: str
) -> dict[str, Any]:
    sid = short_id()
    meta = json.dumps(p["metadata"]) if p.get("metadata") else None
    with ensure(db).tx() as conn:
        conn.execute(
            "INSERT INTO memory_sessions (id, scope, project_id, user_id, client, status, title, started_at, "
            "last_activity_at, ended_at, metadata) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, NULL, ?)",
            (
                sid,
                "project" if project_id else "global",
                project_id,
                user_id,
                p.get("client"),
                p.get("title"),
                now,
                now,
                meta,
            ),
        )
    message = f"Started session {sid}"
    return {"sessionId": sid, "message": message, "session": _session(_get(db, sid, user_id, project_id))}


def checkpoint(
    db: Database, p: dict[str, Any], project_id: str | None, user_id: str | None, now: str
) -> dict[str, Any]:
    sid = p["sessionId"]
    _active(db, sid, user_id, project_id, "checkpointed")
    eid = short_id()
    with db.tx() as conn:
        conn.execute(
            "INSERT INTO memory_session_events (id, session_id, role, kind, content, token_count, "
            "turn_index, "
            "is_meaningful, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                eid,
                sid,
                p.get("role", "assistant"),
                p.get("kind", "checkpoint"),
                p["content"],
                p.get("tokenCount"),
                p.get("turnIndex"),
                0 if p.get("isMeaningful") is False else 1,
                now,
            ),
        )
        conn.execute("UPDATE memory_sessions SET last_activity_at = ? WHERE id = ?", (now, sid))
        row = conn.execute("SELECT * FROM memory_session_events WHERE id = ?", (eid,)).fetchone()
    event = {
        "id": row["id"],
        "sessionId": row["session_id"],
        "role": row["role"],
        "kind": row["kind"],
        "content": row["content"],
        "tokenCount": row["token_count"],
        "turnIndex": row["turn_index"],
        "isMeaningful": row["is_meaningful"] == 1,
        "createdAt": row["created_at"],
    }
    return {"sessionId": sid, "eventId": eid, "message": f"Checkpointed session {sid}", "event": event}


def end(
    db: Database, p: dict[str, Any], project_id: str | None, user_id: str | None, now: str
) -> dict[str, Any]:
    sid, status = p["sessionId"], p.get("status", "closed")
    _active(db, sid, user_id, project_id, "ended")
    with db.tx() as conn:
        conn.execute(
            "UPDATE memory_sessions SET status = ?, ended_at = ?, last_activity_at = ? WHERE id = ?",
            (status, now, now, sid),
        )
    session = _session(_get(db, sid, user_id, project_id))
    return {"sessionId": sid, "message": f"Ended session {sid} as {status}", "session": session}


def latest_snapshot(
    db: Database, session_id: str, project_id: str | None, user_id: str | None
) -> dict[str, Any]:
    if _get(db, session_id, user_id, project_id) is None:
        raise _not_found(session_id)
    rows = db.query(
        "SELECT * FROM memory_session_snapshots WHERE session_id = ? "
        "ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (session_id,),
    )
    if not rows:
        raise ApiError(
            "not_found_error",
            "SESSION_SNAPSHOT_NOT_FOUND",
            f"No snapshots found for session: {session_id}",
            404,
            details={"sessionId": session_id},
            rpc_code=-32004,
        )
    return {
        "sessionId": session_id,
        "snapshot": _snapshot(rows[0]),
        "message": f"Latest snapshot for session {session_id}",
    }


def write_snapshot(
    db: Database,
    session_id: str,
    transcript_md: str,
    now: str,
    slug: str | None = None,
    source_trigger: str = "manual",
    message_count: int | None = None,
) -> dict[str, Any]:
    """What the CLI's ``createMemorySessionSnapshot`` writes into the shared database."""
    slug = re.sub(r"[^a-z0-9-]+", "-", (slug or f"{source_trigger}-{now}").lower()).strip("-")[:120]
    count = message_count if message_count is not None else len(re.findall(r"^### ", transcript_md, re.M))
    sid = short_id()
    with ensure(db).tx() as conn:
        conn.execute(
            "INSERT INTO memory_session_snapshots (id, session_id, slug, source_trigger, transcript_md, "
            "message_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sid, session_id, slug, source_trigger, transcript_md.strip(), count, now),
        )
        row = conn.execute("SELECT * FROM memory_session_snapshots WHERE id = ?", (sid,)).fetchone()
    return _snapshot(row)


def _steps(transcript: str, max_steps: int) -> list[str]:
    skip = ("#", "```", "Session ID:", "### user", "### assistant")
    steps: list[str] = []
    for line in (ln.strip() for ln in re.split(r"\r?\n", transcript)):
        if not line or line.startswith(skip):
            continue
        text = " ".join(re.sub(r"^[-*+]\s+", "", re.sub(r"^\d+\.\s+", "", line)).split())
        if len(text) >= 8:
            steps.append(text)
        if len(steps) >= max_steps:
            break
    return steps


def promote(
    db: Database, p: dict[str, Any], project_id: str | None, user_id: str | None, now: str
) -> dict[str, Any]:
    """``promoteSnapshotToSkillFilePayload``: the latest (or given) snapshot becomes a procedure file."""
    sql = (
        "SELECT snap.* FROM memory_session_snapshots snap JOIN memory_sessions sess ON sess.id = "
        "snap.session_id WHERE snap.session_id = ?"
    )
    args: list[Any] = [p["sessionId"]]
    if p.get("snapshotId"):
        sql += " AND snap.id = ?"
        args.append(p["snapshotId"])
    sql += " AND sess.user_id = ?" if user_id else " AND sess.user_id IS NULL"
    args += [user_id] if user_id else []
    sql += " AND sess.project_id = ?" if project_id else " AND sess.project_id IS NULL"
    args += [project_id] if project_id else []
    rows = ensure(db).query(sql + " ORDER BY snap.created_at DESC, snap.rowid DESC LIMIT 1", args)
    if not rows:
        raise ApiError(
            "not_found_error",
            "SESSION_SNAPSHOT_NOT_FOUND",
            "No session snapshot found for promotion",
            404,
            details={
                "sessionId": p["sessionId"],
                "snapshotId": p.get("snapshotId"),
                "projectId": project_id,
                "userId": user_id,
            },
            rpc_code=-32004,
        )
    snap = rows[0]
    steps = _steps(snap["transcript_md"], p.get("maxSteps", 8)) or [
        "Review the source transcript and confirm the desired outcome.",
        "Execute the same sequence of actions in a clean environment.",
        "Record any project-specific adjustments discovered during execution.",
    ]
    content = "\n".join(
        [
            f"# {p.get('title') or 'Procedure from ' + snap['slug']}",
            "",
            "## Source Episode",
            f"- Session ID: {snap['session_id']}",
            f"- Snapshot ID: {snap['id']}",
            f"- Snapshot Slug: {snap['slug']}",
            f"- Captured At: {snap['created_at']}",
            "",
            "## Workflow Steps",
            *(f"{i + 1}. {s}" for i, s in enumerate(steps)),
        ]
    )
    data = upsert_skill(
        db, p["path"], content, project_id, user_id, now, p.get("procedureKey") or snap["slug"]
    )
    source = {
        "sessionId": snap["session_id"],
        "snapshotId": snap["id"],
        "snapshotSlug": snap["slug"],
        "snapshotCreatedAt": snap["created_at"],
    }
    message = f"Promoted snapshot {snap['id']} to skill file {data['skillFile']['path']}"
    return {"skillFile": data["skillFile"], "created": data["created"], "source": source, "message": message}

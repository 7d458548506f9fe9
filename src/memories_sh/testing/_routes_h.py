"""[H] runtime routes added after the seed: lifecycle, sessions, snapshots, skill promotion."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from . import _requests as R
from . import _schemas as S
from . import _sessions
from ._app import PREFIX, Router, State, body_route, cors, failure, run_handler
from ._auth import AuthContext, authenticate_sdk
from ._common import ApiError, js_trim, request_id
from ._lifecycle import bulk_forget, consolidate, vacuum
from ._store import Database

Result = tuple[Any, int]


def h_bulk_forget(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    f = p["filters"]
    args = {
        "types": f.get("types"),
        "tags": f.get("tags"),
        "older_than_days": f.get("olderThanDays"),
        "pattern": f.get("pattern"),
        "project_id": f.get("projectId"),
        "all": f.get("all"),
        "dry_run": p.get("dryRun", False),
    }
    return bulk_forget(db, args, scope.get("userId"), state.now(), only_working=True)[1], 200


def h_vacuum(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return vacuum(db, scope.get("userId"), only_working=True)[1], 200


def h_consolidate(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return consolidate(db, p, scope.get("projectId"), scope.get("userId"), state.now())[1], 200


def _session_handler(fn: Any, status: int = 200) -> Any:
    def handler(
        state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
    ) -> Result:
        data = fn(db, p, scope.get("projectId"), scope.get("userId"), state.now())
        return data, (201 if data.get("created") else 200) if status == 0 else status

    return handler


def _snapshot_scope(request: Request) -> dict[str, Any]:
    raw = {k: request.query_params.get(k) for k in ("tenantId", "userId", "projectId")}
    if not any(raw.values()):
        return {"scope": {}}
    parsed: dict[str, Any] = S.SCOPE({k: v for k, v in raw.items() if v is not None})
    return {"scope": parsed}


def snapshot_flow(state: State, request: Request, session_id: str, header: str | None) -> Response:
    """GET sessions/{id}/snapshot: id check -> auth -> scope from the query -> latest snapshot."""
    endpoint, rid = f"{PREFIX}/sessions/{{id}}/snapshot", request_id()
    sid = js_trim(session_id)
    if not sid:
        err = ApiError(
            "validation_error",
            "INVALID_REQUEST",
            "Session id is required",
            400,
            details={"field": "sessionId"},
        )
        return failure(state, endpoint, rid, err)
    try:
        auth = authenticate_sdk(header, state.keys, state.limiter)
    except ApiError as err:
        return failure(state, endpoint, rid, err)
    try:
        parsed = _snapshot_scope(request)
    except S.Invalid:
        return failure(
            state,
            endpoint,
            rid,
            ApiError("validation_error", "INVALID_REQUEST", "Invalid request payload", 400),
        )

    def handler(
        state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
    ) -> Result:
        return _sessions.latest_snapshot(db, sid, scope.get("projectId"), scope.get("userId")), 200

    return run_handler(state, endpoint, rid, auth, parsed, handler)


def register(router: Router, state: State) -> None:
    routes = {
        "memories/bulk-forget": (R.BULK_FORGET, h_bulk_forget),
        "memories/vacuum": (R.VACUUM, h_vacuum),
        "memories/consolidate": (R.CONSOLIDATE, h_consolidate),
        "skills/files/promote": (R.PROMOTE, _session_handler(_sessions.promote, 0)),
        "sessions/start": (R.SESSION_START, _session_handler(_sessions.start, 201)),
        "sessions/checkpoint": (R.SESSION_CHECKPOINT, _session_handler(_sessions.checkpoint)),
        "sessions/end": (R.SESSION_END, _session_handler(_sessions.end)),
    }
    for name, (schema, handler) in routes.items():
        path = f"{PREFIX}/{name}"
        router.add(path, "POST", body_route(state, path, schema, handler))
        router.add(path, "OPTIONS", cors("POST, OPTIONS"))

    async def snapshot(request: Request) -> Response:
        sid = request.path_params.get("sessionId", "")
        header = request.headers.get("authorization")
        return await run_in_threadpool(snapshot_flow, state, request, sid, header)

    router.add(f"{PREFIX}/sessions/{{sessionId}}/snapshot", "GET", snapshot)
    router.add(f"{PREFIX}/sessions/{{sessionId}}/snapshot", "OPTIONS", cors("GET, OPTIONS"))

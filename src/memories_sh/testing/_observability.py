"""[H] management observability routes and the registration of every embeddings/management-memory route."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from . import _embedding_routes as E
from . import _schemas as S
from ._app import PREFIX, Router, State, cors
from ._auth import AuthContext
from ._embeddings import CATALOG, select_model
from ._eval import run_replay
from ._identity import managed_route
from ._snapshots import embedding_snapshot, memory_snapshot, scope_echo
from ._store import Database
from ._tables import ensure

_TRIGGER = S.nullable(S.enum("count", "time", "semantic"))
_FACTS = S.array(S.string(1), 200)
_SIGNALS = S.obj(
    {
        "estimatedTokens": (S.integer(0), False),
        "budgetTokens": (S.integer(1), False),
        "turnCount": (S.integer(0), False),
        "turnBudget": (S.integer(1), False),
        "lastActivityAt": (S.string(1), False),
        "inactivityThresholdMinutes": (S.integer(1), False),
        "taskCompleted": (S.boolean(), False),
        "nowIso": (S.string(1), False),
    }
)
_SCENARIO = S.obj(
    {
        "id": (S.string(1, 160), False),
        "title": (S.string(1, 240), False),
        "extraction": (S.obj({"expected": (_FACTS, True), "observed": (_FACTS, True)}), False),
        "compaction": (
            S.obj({"checkpoint": (S.string(1, 50_000), True), "requiredFacts": (_FACTS, True)}),
            False,
        ),
        "trigger": (
            S.obj(
                {"expected": (_TRIGGER, True), "observed": (_TRIGGER, False), "signals": (_SIGNALS, False)}
            ),
            False,
        ),
    }
)


def _ratio(value: Any) -> float:
    if not S.is_number(value) or not 0 <= value <= 1:
        raise S.Invalid("expected a number between 0 and 1")
    return float(value)


def _scenario(value: Any) -> dict[str, Any]:
    parsed: dict[str, Any] = _SCENARIO(value)
    if not any(k in parsed for k in ("extraction", "compaction", "trigger")):
        raise S.Invalid("Each scenario must include extraction, compaction, or trigger inputs")
    return parsed


def _scenarios(value: Any) -> list[Any]:
    items: list[Any] = S.array(_scenario, 200)(value)
    if not items:
        raise S.Invalid("Too small: expected array to have >=1 items")
    return items


REPLAY = S.obj(
    {
        "tenantId": (S.string(1, 120), False),
        "projectId": (S.string(1, 240), False),
        "userId": (S.string(1, 120), False),
        "nowIso": (S.string(1), False),
        "passCriteria": (
            S.obj(
                {
                    k: (_ratio, False)
                    for k in ("extractionF1", "compactionRetention", "triggerAccuracy", "casePassRatio")
                }
            ),
            False,
        ),
        "scenarios": (_scenarios, True),
    }
)
BACKFILL_POST = S.obj(
    {
        "action": (S.enum("run", "pause", "resume"), False),
        "tenantId": (S.string(1, 120), False),
        "projectId": (S.string(1, 240), False),
        "userId": (S.string(1, 120), False),
        "modelId": (S.string(1, 160), False),
        "batchLimit": (S.integer(1, 10_000), False),
        "throttleMs": (S.integer(0, 5_000), False),
    }
)


def _body(schema: S.Validator) -> Any:
    def parse(request: Request, raw: bytes) -> dict[str, Any]:
        try:
            value = S.parse_json(raw)
        except S.Invalid:
            value = None
        parsed: dict[str, Any] = schema(value)
        return parsed

    return parse


def _db(state: State, auth: AuthContext, q: dict[str, Any]) -> Database:
    return ensure(state.stores.resolve(auth.owner_id, q.get("tenantId")))


def register(router: Router, state: State) -> None:
    def models(state: State, auth: AuthContext, q: dict[str, Any]) -> tuple[Any, int]:
        meta = E._tenant_meta(state, auth.owner_id, q.get("tenantId"))
        sel = select_model(q.get("embeddingModel"), meta, q.get("projectId"))
        return {"models": CATALOG, "config": sel}, 200

    mg = f"{PREFIX}/management"
    routes = [
        (
            f"{PREFIX}/embeddings/models",
            "GET",
            models,
            E._query(("tenantId", "projectId", "embeddingModel")),
            "listing embedding models",
        ),
        (
            f"{mg}/embeddings/usage",
            "GET",
            lambda s, a, q: (E.usage(s, a.owner_id, q), 200),
            E._query(("usageMonth", "tenantId", "projectId", "limit"), ("limit",)),
            "viewing embedding usage",
        ),
        (
            f"{mg}/embeddings/backfill",
            "GET",
            lambda s, a, q: (E.backfill_status(_db(s, a, q), q, s.now()), 200),
            E._query(("tenantId", "projectId", "userId", "modelId")),
            "viewing embedding backfill status",
        ),
        (
            f"{mg}/embeddings/backfill",
            "POST",
            lambda s, a, q: (E.backfill_action(_db(s, a, q), q, s.now()), 200),
            _body(BACKFILL_POST),
            "running embedding backfill",
        ),
        (
            f"{mg}/embeddings/observability",
            "GET",
            lambda s, a, q: (embedding_snapshot(s, a, _db(s, a, q), q), 200),
            E._query(
                ("tenantId", "projectId", "userId", "modelId", "usageMonth", "windowHours"), ("windowHours",)
            ),
            "viewing embedding observability metrics",
        ),
        (
            f"{mg}/memory/observability",
            "GET",
            lambda s, a, q: (memory_snapshot(s, _db(s, a, q), q), 200),
            _memory_query(),
            "viewing memory observability metrics",
        ),
        (
            f"{mg}/memory/eval/replay",
            "POST",
            lambda s, a, q: ({"scope": scope_echo(q), **run_replay(q, s.now())} if _db(s, a, q) else {}, 200),
            _body(REPLAY),
            "running memory replay evals",
        ),
    ]
    for path, method, handler, parse, what in routes:
        router.add(path, method, managed_route(state, path, handler, parse, what))
    router.add(f"{PREFIX}/embeddings/models", "OPTIONS", cors("GET, OPTIONS"))


def _memory_query() -> Any:
    fields = {
        "tenantId": (S.string(1, 120), False),
        "projectId": (S.string(1, 240), False),
        "userId": (S.string(1, 120), False),
        "windowHours": (S.integer(1, 24 * 14), False),
    }
    schema = S.obj(fields)

    def parse(request: Request, raw: bytes) -> dict[str, Any]:
        from ._identity import coerce_int, query_dict

        q = query_dict(request, tuple(fields))
        if "windowHours" in q:
            q["windowHours"] = coerce_int(q["windowHours"])
        parsed: dict[str, Any] = schema(q)
        return parsed

    return parse

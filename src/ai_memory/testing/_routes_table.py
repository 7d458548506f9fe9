"""The route table, derived from the spec: every served operation of ``specs/ai-memory.openapi.yaml``
(read from the generated ``OPERATION`` descriptors) → its handler, by operationId.

Nothing here restates a path or a method: ``HANDLERS`` names handlers by operationId only. An
operation the spec gains without a handler here answers **501**
``{"error": "not implemented by the local ai-memory server: <METHOD> <path>"}`` by itself and is
listed by :func:`not_implemented` (a test fails on it). Operations the spec marks
``x-served-by: none`` (``grant``, ``revoke``, ``cluster``) are absent from every real daemon, so
they are absent here too (404, empty body). Routes the daemon itself answers 501 in its default
build (``find_paths``, ``links/verify``: ``--features sal``) have handlers that answer the daemon's
501 body; :data:`DAEMON_501` lists them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from . import _approvals as apr
from . import _kg as kg
from . import _llm as llm
from . import _parity as par
from . import _parity_reflect as prf
from . import _parity_rules as prl
from . import _power as pwr
from . import _routes_admin as adm
from . import _routes_agents as agt
from . import _routes_archive as arc
from . import _routes_curation as cur
from . import _routes_governance as gov
from . import _routes_links as lnk
from . import _routes_memories as mem
from . import _routes_query as qry
from . import _routes_subscriptions as sub
from . import _skills as skl
from . import _sync as syn

Handler = Callable[[Any], Any] | None


def _std(method: str) -> Callable[[Any], Any]:
    """``/namespaces/{ns}/standard`` delegates to the query-string form of ``/namespaces``."""

    def handler(ctx: Any) -> Any:
        import json
        from urllib.parse import urlencode

        from ._http import axum_json

        ns = ctx.params["ns"]
        if method == "POST":
            body = axum_json(ctx, {}, "NamespaceStandardBody")  # a struct: a non-object body is a 422
            body["namespace"] = ns  # set_namespace_standard_inner(&ns, ...): the path wins
            ctx.body = json.dumps(body).encode()
        ctx.query_pairs = [*((k, v) for k, v in ctx.query_pairs if k != "namespace"), ("namespace", ns)]
        ctx.raw_query = urlencode(ctx.query_pairs)
        return gov.namespaces(ctx)

    return handler


#: operationId → handler. The only hand-written part of the routing.
HANDLERS: dict[str, Callable[[Any], Any]] = {
    "health": adm.health,
    "metrics_root": adm.metrics,
    "metrics": adm.metrics,
    "list": qry.list_memories,
    "store": mem.create,
    "bulk_store": mem.bulk,
    "get": mem.get,
    "update": mem.update,
    "delete": mem.delete,
    "promote": mem.promote,
    "lineage": qry.lineage,
    "search": qry.search,
    "recall_get": qry.recall,
    "recall": qry.recall,
    "forget": qry.forget,
    "consolidate": cur.consolidate,
    "contradictions": pwr.contradictions,
    "link": lnk.create_link,
    "unlink": lnk.delete_link,
    "get_links": lnk.get_links,
    "verify_link": pwr.verify_link,
    "namespaces": gov.namespaces,
    "set_namespace_standard_qs": gov.namespaces,
    "clear_namespace_standard_qs": gov.namespaces,
    "get_namespace_standard": _std("GET"),
    "set_namespace_standard": _std("POST"),
    "clear_namespace_standard": _std("DELETE"),
    "taxonomy": pwr.taxonomy,
    "check_duplicate": cur.check_duplicate,
    "register_entity": kg.register_entity,
    "entity_by_alias": kg.entity_by_alias,
    "kg_timeline": kg.kg_timeline,
    "kg_invalidate": kg.kg_invalidate,
    "kg_query": kg.kg_query,
    "kg_find_paths": pwr.find_paths,
    "find_paths": pwr.find_paths,
    "quota_status": par.quota_status,
    "stats": adm.stats,
    "gc": adm.gc,
    "export": adm.export,
    "import": adm.import_,
    "list_archive": arc.archive,
    "archive": arc.archive,
    "purge_archive": arc.archive,
    "restore_archive": arc.archive_restore,
    "archive_stats": arc.archive_stats,
    "agents": agt.agents,
    "register_agent": agt.agents,
    "pending": gov.pending,
    "approve_pending": gov.approve,
    "reject_pending": gov.reject,
    "decide_approval": apr.decide,
    "approvals_stream": apr.stream,
    "sync_push": syn.push,
    "sync_since": syn.since,
    "capabilities": adm.capabilities,
    "notify": agt.notify,
    "inbox": agt.inbox,
    "subscriptions": sub.subscriptions,
    "subscribe": sub.subscriptions,
    "unsubscribe": sub.subscriptions,
    "session_start": agt.session_start,
    "capture_turn": llm.capture_turn,
    "auto_tag": llm.auto_tag,
    "expand_query": llm.expand_query,
    "tools_list": par.tools_list,
    "memory_load_family": par.load_family,
    "share": par.share,
    "skill_register": skl.register,
    "skill_list": skl.list_skills,
    "skill_get": skl.get,
    "skill_resource": skl.resource,
    "skill_export": skl.export,
    "skill_promote": skl.promote,
    "skill_compose": skl.compose,
    **par.PARITY,
    **prf.PARITY,
    **prl.PARITY,
}

#: Operations the v0.7.0 daemon itself answers 501 in its default (SQLite, no ``sal``) build.
DAEMON_501 = frozenset({"find_paths", "kg_find_paths", "verify_link"})
#: Operations that need an LLM: without one (the default) the daemon answers 503 "LLM not configured".
NEEDS_LLM = frozenset({"auto_tag", "expand_query"})


def daemon_server_errors() -> dict[str, int]:
    """``"METHOD /path"`` → the 5xx status the daemon's default build answers there by design."""
    return {
        f"{op.method} {op.path}": 501 if op.name in DAEMON_501 else 503
        for op in spec_operations()
        if op.name in DAEMON_501 | NEEDS_LLM
    }


@lru_cache(maxsize=1)
def spec_operations() -> tuple[Any, ...]:
    """The generated ``OPERATION`` descriptor of every operation of the spec."""
    api = importlib.import_module("_ai_memory_api.api")
    found = []
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            found.append(importlib.import_module(f"{package.__name__}.{module.name}").OPERATION)
    return tuple(sorted(found, key=lambda op: (op.path, op.method)))


def build_routes() -> list[tuple[str, dict[str, Handler]]]:
    """``(path template, {METHOD: handler or None})`` for every served operation of the spec."""
    table: dict[str, dict[str, Handler]] = {}
    for op in spec_operations():
        if op.served:
            table.setdefault(op.path, {})[op.method] = HANDLERS.get(op.name)
    return list(table.items())


ROUTES = build_routes()


def missing_handlers() -> list[str]:
    """operationIds of served spec operations without a handler (each answers 501)."""
    return sorted(op.name for op in spec_operations() if op.served and op.name not in HANDLERS)


def not_implemented() -> list[str]:
    """``"METHOD /path"`` of every route this local server answers 501 for lack of a handler."""
    return [f"{m} {p}" for p, methods in ROUTES for m, h in methods.items() if h is None]


def daemon_not_implemented() -> list[str]:
    """``"METHOD /path"`` of the routes the daemon itself answers 501 (and so does this server)."""
    return [f"{op.method} {op.path}" for op in spec_operations() if op.name in DAEMON_501]


def implemented_summary() -> dict[str, Any]:
    return {"not_implemented": not_implemented(), "daemon_not_implemented": daemon_not_implemented()}

"""The write actions shared by the routes and by governance approval: store, delete, promote."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._http import HttpError, fail, jresp

if TYPE_CHECKING:
    from ._app import LocalApp


def conflict(title: str, namespace: str, existing_id: str) -> HttpError:
    return HttpError(
        jresp(
            409,
            {
                "code": "CONFLICT",
                "error": f"memory with title '{title}' already exists in namespace '{namespace}'",
                "existing_id": existing_id,
            },
        )
    )


def store(app: LocalApp, mem: dict[str, Any], on_conflict: str) -> str:
    """Insert ``mem`` honouring ``on_conflict``; returns the stored id. Fires ``memory_store``."""
    db = app.store
    with db.tx():
        existing = db.find_by_title(mem["title"], mem["namespace"])
        if existing is not None:
            if on_conflict == "error":
                raise conflict(mem["title"], mem["namespace"], existing["id"])
            if on_conflict == "version":
                n = 2
                while db.find_by_title(f"{mem['title']} ({n})", mem["namespace"]) is not None:
                    n += 1
                mem["title"] = f"{mem['title']} ({n})"
                db.insert_new(mem)
                mid = mem["id"]
            else:  # merge
                mid = db.upsert(mem)
        else:
            db.insert_new(mem)
            mid = mem["id"]
    app.dispatcher.dispatch("memory_store", mid, mem["namespace"], mem["metadata"].get("agent_id"))
    return str(mid)


def delete(app: LocalApp, mem: dict[str, Any]) -> None:
    if not app.store.delete_row(mem["id"]):
        raise fail(404, "not found")
    app.dispatcher.dispatch(
        "memory_delete",
        mem["id"],
        mem["namespace"],
        mem["metadata"].get("agent_id"),
        {"title": mem["title"], "tier": mem["tier"]},
    )


def promote(app: LocalApp, mem: dict[str, Any]) -> None:
    app.store.update_fields(mem["id"], {"tier": "long", "expires_at": None, "updated_at": app.store.now()})
    app.dispatcher.dispatch(
        "memory_promote",
        mem["id"],
        mem["namespace"],
        mem["metadata"].get("agent_id"),
        {"mode": "tier", "tier": "long"},
    )

"""Agent identity (R7 §3.2: header-authoritative), visibility and ownership, admin role (§3.3)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from typing import Any

from . import _validate as v
from ._config import ServerConfig


class IdentityError(Exception):
    """An invalid ``X-Agent-Id`` header: 400 ``{"error": "invalid agent_id: <reason>"}``."""


def agent_id_header(headers: Mapping[str, str]) -> str | None:
    """``X-Agent-Id`` as the daemon reads it: ``HeaderValue::to_str().ok()``, so a value holding a
    character outside visible ASCII (and tab) counts as no header at all; ``""`` is returned as is."""
    value = headers.get("x-agent-id")
    if value is None or any(not (" " <= c <= "~" or c == "\t") for c in value):
        return None
    return value


def resolve_caller(header: str | None) -> str:
    """R7: the header wins; absent or empty -> a fresh ``anonymous:req-<8 hex>`` for this request only
    (``src/identity/mod.rs`` ``resolve_http_agent_id``)."""
    if not header:
        return f"anonymous:req-{secrets.token_hex(4)}"
    try:
        v.agent_id(header)
    except v.Invalid as exc:
        raise IdentityError(f"invalid agent_id: {exc}") from None
    return header


def resolve_claimed(header: str | None, claim: Any) -> str:
    """``resolve_http_agent_id(body, header)``: the header's caller, which a non-empty string
    ``claim`` (a body ``agent_id``) must name too — else 400 (invalid or mismatching claim)."""
    resolved = resolve_caller(header)
    if isinstance(claim, str) and claim:
        try:
            v.agent_id(claim)
        except v.Invalid as exc:
            raise IdentityError(f"invalid agent_id: {exc}") from None
        if claim != resolved:
            raise IdentityError(
                "invalid agent_id: agent_id_body_header_mismatch: body-supplied agent_id "
                f"{json.dumps(claim)} disagrees with authenticated header-resolved id {json.dumps(resolved)}"
            )
    return resolved


def owner_of(meta: dict[str, Any]) -> str | None:
    owner = meta.get("agent_id")
    return owner if isinstance(owner, str) and owner else None


def _scope(meta: dict[str, Any]) -> str:
    s = meta.get("scope")
    return s if isinstance(s, str) and s else "private"


def can_read(config: ServerConfig, meta: dict[str, Any], caller: str) -> bool:
    """``GET /memories/{id}`` visibility: private rows only for the owner or the inbox target."""
    if config.visibility == "open":
        return True
    owner = owner_of(meta)
    if _scope(meta) != "private" or owner is None or owner in ("system", caller):
        return True
    return meta.get("target_agent_id") == caller


def can_modify(config: ServerConfig, meta: dict[str, Any], caller: str, *, delete: bool = False) -> bool:
    """PUT/DELETE/promote ownership gate; legacy unowned rows are open; the inbox target may delete."""
    if config.visibility == "open":
        return True
    owner = owner_of(meta)
    if owner is None or owner in ("system", caller):
        return True
    return delete and meta.get("target_agent_id") == caller


def _ancestors(ns: str) -> list[str]:
    parts = ns.split("/")
    return ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]


def _subtree(namespace: str, root: str | None) -> bool:
    return root is not None and (namespace == root or namespace.startswith(root + "/"))


def search_visible(namespace: str, metadata_json: str, as_agent: str, caller: str, mode: str) -> bool:
    """The R7 SQL visibility clause used by search/recall (``src/storage/mod.rs`` visibility_clause).

    ``as_agent`` is treated as a namespace: a private row is visible when ``namespace == as_agent``;
    team/unit/org scopes match the 2nd/3rd/4th ancestor's subtree; collective is always visible.
    Mode ``owner`` also shows a private row to its owner; mode ``open`` shows everything.
    """
    if mode == "open":
        return True
    meta = json.loads(metadata_json)
    scope = _scope(meta)
    anc = _ancestors(as_agent)
    if scope == "collective":
        return True
    if scope == "private":
        if namespace == anc[0]:
            return True
        return mode == "owner" and caller in (owner_of(meta), meta.get("target_agent_id"))
    idx = {"team": 1, "unit": 2, "org": 3}.get(scope)
    if idx is None:
        return False
    if _subtree(namespace, anc[idx] if idx < len(anc) else None):
        return True
    return mode == "owner" and owner_of(meta) == caller


def is_admin(config: ServerConfig, caller: str) -> bool:
    return (not config.enforce_admin) or caller in config.admin_agent_ids

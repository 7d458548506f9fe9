"""[H] ``management/tenant-overrides`` (GET/POST/DELETE) and ``management/tenant-routing/effective``.

They replace the seed's ``management/tenants``; auth is a ``mem_`` key or the dashboard session.
The local server has no billing: every owner is on a fixed local plan (:data:`LOCAL_PLAN`).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from . import _schemas as S
from ._app import PREFIX, Router, State
from ._auth import AuthContext
from ._common import ApiError, js_trim
from ._identity import managed_route
from ._management import _public, _tenant_body

LOCAL_PLAN = {"plan": "growth", "includedProjects": 3, "overageUsdPerProject": 5, "maxProjectsPerMonth": 100}


def _mapping(m: dict[str, Any]) -> dict[str, Any]:
    out = _public(m)
    out["source"] = "auto" if out["metadata"].get("provisionedBy") == "sdk_auto" else "override"
    order = (
        "tenantId",
        "tursoDbUrl",
        "tursoDbName",
        "status",
        "source",
        "metadata",
        "createdAt",
        "updatedAt",
        "lastVerifiedAt",
    )
    return {k: out[k] for k in order}


def _billing(state: State, owner: str) -> dict[str, Any]:
    active = sum(1 for m in state.stores.list_tenants(owner) if m["status"] == "ready")
    return {**LOCAL_PLAN, "activeProjects": active}


def _tenant_query(request: Request, raw: bytes) -> dict[str, Any]:
    value = request.query_params.get("tenantId")
    tenant = js_trim(value) if isinstance(value, str) else ""
    if not tenant:
        raise S.Invalid("tenantId is required")
    if len(tenant) > 120:
        raise S.Invalid("tenantId is too long")
    return {"tenantId": tenant}


def _create_body(request: Request, raw: bytes) -> dict[str, Any]:
    body = _tenant_body(raw)
    if isinstance(body, str):
        raise S.Invalid(body)
    return body


def h_list(state: State, auth: AuthContext, q: dict[str, Any]) -> tuple[Any, int]:
    rows = [_mapping(m) for m in state.stores.list_tenants(auth.owner_id)]
    return {"tenantDatabases": rows, "count": len(rows), "billing": _billing(state, auth.owner_id)}, 200


def h_create(state: State, auth: AuthContext, body: dict[str, Any]) -> tuple[Any, int]:
    stores, now, mode = state.stores, state.now(), body["mode"]
    existing = stores.get_tenant(auth.owner_id, body["tenantId"])
    if mode == "provision" and existing and existing["status"] == "ready":
        return {"tenantDatabase": _mapping(existing), "provisioned": False, "mode": mode}, 200
    if mode == "provision" and existing and existing["status"] == "provisioning":
        raise ApiError(
            "unknown_error",
            "TENANT_OVERRIDE_PROVISION_IN_PROGRESS",
            "Tenant override provisioning is already in progress",
            409,
        )
    if mode == "attach":
        if not body.get("tursoDbUrl", "").startswith("libsql://"):
            raise ApiError(
                "validation_error",
                "INVALID_REQUEST",
                "tursoDbUrl must start with libsql:// when mode is attach",
                400,
            )
        if not body.get("tursoDbToken"):
            raise ApiError(
                "validation_error", "INVALID_REQUEST", "tursoDbToken is required when mode is attach", 400
            )
    meta = {k: v for k, v in (body["metadata"] or {}).items() if k != "provisionedBy"}
    mapping = stores.upsert_tenant(auth.owner_id, body["tenantId"], "ready", meta, now)
    return {
        "tenantDatabase": _mapping(mapping),
        "provisioned": True,
        "mode": mode,
        "billing": _billing(state, auth.owner_id),
    }, 200


def h_disable(state: State, auth: AuthContext, q: dict[str, Any]) -> tuple[Any, int]:
    mapping = state.stores.disable_tenant(auth.owner_id, q["tenantId"], state.now())
    if mapping is None:
        raise ApiError("not_found_error", "TENANT_OVERRIDE_NOT_FOUND", "Tenant override not found", 404)
    return {
        "ok": True,
        "tenantId": mapping["tenantId"],
        "status": mapping["status"],
        "updatedAt": mapping["updatedAt"],
    }, 200


def h_effective(state: State, auth: AuthContext, q: dict[str, Any]) -> tuple[Any, int]:
    """Where a request with this tenantId would go, and why (``buildDecision``)."""
    tenant, auto = q["tenantId"], state.config.auto_provision_tenants
    mapping = state.stores.get_tenant(auth.owner_id, tenant)
    source = _mapping(mapping)["source"] if mapping else None
    ready = bool(mapping and mapping["status"] == "ready")
    eligible = True if not ready and auto else None
    if ready:
        decision = {"code": "MAPPING_READY", "reason": "Tenant routes to a ready mapping."}
    elif mapping is None:
        decision = (
            {
                "code": "AUTO_PROVISION_ELIGIBLE",
                "reason": "No mapping exists. Runtime will auto-provision on first tenant request.",
            }
            if auto
            else {"code": "NO_MAPPING", "reason": "No mapping exists and auto-provisioning is disabled."}
        )
    elif auto and mapping["status"] in ("disabled", "error"):
        decision = {
            "code": "AUTO_PROVISION_ELIGIBLE",
            "reason": f"Existing {source} mapping is not ready (status={mapping['status']}); runtime can "
            "auto-provision a replacement mapping.",
        }
    else:
        decision = {
            "code": "MAPPING_NOT_READY",
            "reason": f"Existing {source} mapping is not ready (status={mapping['status']}).",
        }
    return {
        "tenantId": tenant,
        "resolvedTarget": {
            "kind": "tenant_database" if ready else "none",
            "tursoDbUrl": mapping["tursoDbUrl"] if ready and mapping else None,
            "tursoDbName": mapping["tursoDbName"] if ready and mapping else None,
        },
        "mapping": {
            "exists": mapping is not None,
            "status": mapping["status"] if mapping else None,
            "source": source,
            "hasCredentials": mapping is not None,
            "metadata": mapping["metadata"] if mapping else {},
            "updatedAt": mapping["updatedAt"] if mapping else None,
            "lastVerifiedAt": mapping["lastVerifiedAt"] if mapping else None,
        },
        "ownerScope": {
            "key": f"user:{auth.owner_id}",
            "ownerType": "user",
            "ownerUserId": auth.owner_id,
            "orgId": None,
            "plan": LOCAL_PLAN["plan"],
            "stripeCustomerId": None,
            "authMode": auth.auth_mode,
            "apiKeyHashPrefix": auth.key_hash[:8],
        },
        "decision": {
            **decision,
            "autoProvisionEnabled": auto,
            "hasPlatformToken": auto,
            "billingEligible": eligible,
            "billingCode": None,
            "billingMessage": None,
        },
    }, 200


def register(router: Router, state: State) -> None:
    path = f"{PREFIX}/management/tenant-overrides"
    what = "configuring tenant overrides"
    router.add(path, "GET", managed_route(state, path, h_list, lambda r, b: {}, what))
    router.add(path, "POST", managed_route(state, path, h_create, _create_body, what, strict=True))
    router.add(path, "DELETE", managed_route(state, path, h_disable, _tenant_query, what))
    effective = f"{PREFIX}/management/tenant-routing/effective"
    router.add(
        effective,
        "GET",
        managed_route(state, effective, h_effective, _tenant_query, "inspecting tenant routing"),
    )

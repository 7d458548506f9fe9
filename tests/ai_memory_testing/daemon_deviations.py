"""Where the ai-memory daemon itself departs from "valid requests accepted, invalid ones rejected".

``positive_data_acceptance`` and ``negative_data_rejection`` hold the local server to the spec in both
directions. The local server mimics the daemon (``ai-memory-mcp`` v0.7.0, paths below are under its
``src/``), and in a few places the daemon answers in a way no schema can say: a rule across two
fields, the state of the store, the network, serde's number parsing, a value it clamps, a field or
header it reads leniently or not at all. Each such place is listed here, as narrowly as it can be
told apart (route, field, status and the daemon's own error text), with the source that decides it.
Anything else is a failure: a spec that says too little or too much, or a local server that differs
from the daemon.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

from requests.structures import CaseInsensitiveDict

# --- valid requests the daemon rejects by design -------------------------------------------------

# route -> (status, start of the daemon's error text): rules the schema cannot state.
REJECTS_VALID: dict[str, tuple[tuple[int, str], ...]] = {
    # One of two optional fields is required (a rule across fields).
    "GET /api/v1/search": ((400, "query or source_uri is required"),),  # handlers/memories_query.rs
    "GET /api/v1/recall": ((400, "context (or query) is required"),),  # handlers/recall.rs
    "POST /api/v1/recall": ((400, "context (or query) is required"),),
    "DELETE /api/v1/subscriptions": ((400, "id or (agent_id, namespace) required"),),  # subscriptions.rs
    "GET /api/v1/contradictions": ((400, "at least one of `topic` or `namespace` is required"),),  # power.rs
    "POST /api/v1/links/verify": ((400, "verify_link requires either source_id or link_id"),),  # links.rs
    "POST /api/v1/kg/query": (
        (400, "invalid source_id: id cannot be empty"),
    ),  # kg.rs: `source_id` or `from`
    "POST /api/v1/forget": (
        (400, "at least one of namespace, pattern, or tier is required"),
    ),  # memories_query.rs
    "POST /api/v1/notify": ((400, "payload or content is required"),),  # handlers/subscriptions.rs:60
    # `namespace` or `standard.namespace` (hook_subscribers.rs set_namespace_standard_qs). An
    # `approver` object with keys besides its tag: serde's externally tagged `ApproverType`
    # (models/namespace.rs:403) refuses it; the spec's branches still say `additionalProperties: true`.
    "POST /api/v1/namespaces": ((400, "namespace is required"), (400, "invalid governance: unknown variant")),
    "POST /api/v1/namespaces/{ns}/standard": ((400, "invalid governance: unknown variant"),),
    # Import links: the spec's `LinkRelation` names `derives_from`, serde's `MemoryLinkRelation`
    # (models/link.rs:114) does not.
    "POST /api/v1/import": (
        (
            422,
            "Failed to deserialize the JSON body into the target type: "
            "links: relation: unknown variant `derives_from`",
        ),
    ),
    # Cryptography: a generated `host_pubkey_b64`/`host_signature_b64` pair never verifies
    # (mcp/tools/capture_turn.rs); the local server refuses every host signature.
    "POST /api/v1/capture_turn": ((400, "INVALID_INPUT: host "),),
    # A body `agent_id` must name the `X-Agent-Id` caller; this route answers a mismatch with 400
    # (hook_subscribers.rs session_start), the others with a 403.
    "POST /api/v1/session/start": ((400, "agent_id body parameter does not match X-Agent-Id header"),),
    # Two fields that must differ (validate.rs validate_link).
    "POST /api/v1/links": ((400, "cannot link a memory to itself"),),
    "DELETE /api/v1/links": ((400, "cannot link a memory to itself"),),
    "POST /api/v1/kg/invalidate": ((400, "cannot link a memory to itself"),),
    # `target_id` or its alias `to_id` (and `source_id` or `from_id`): serde aliases (handlers/kg.rs).
    "POST /api/v1/kg/find_paths": (
        (422, "Failed to deserialize the JSON body into the target type: missing field"),
    ),
    "POST /api/v1/find_paths": (
        (422, "Failed to deserialize the JSON body into the target type: missing field"),
    ),
    # The store's state: ids that name no memory are a 400 here, not a 404.
    "POST /api/v1/consolidate": ((400, "memory not found: "),),  # handlers/power_consolidation.rs
    # handlers/share.rs: "source memory <id> not found"; a short id prefix can match several memories.
    "POST /api/v1/share": ((400, "source memory "), (400, "ambiguous ID prefix")),
    # The filesystem: `folder_path` wins over `inline_skill` and must be a directory holding SKILL.md
    # (mcp/tools/skill_register.rs:252-264).
    "POST /api/v1/skill/register": (
        (400, "folder_path '"),
        (400, "cannot read SKILL.md in '"),
        (400, "memory_skill_register requires either 'folder_path' or 'inline_skill'"),  # one of two
        (400, "SKILL.md "),  # the skill document's own grammar (front matter, required keys)
    ),
    # The clock: `expires_at` must be in the future (validate.rs validate_expires_at).
    "POST /api/v1/memories": ((400, "expires_at is in the past"),),
    "PUT /api/v1/memories/{id}": ((400, "expires_at is in the past"),),
    # The configuration: the SSRF guard resolves the URL and fails closed without DNS, and a
    # subscription needs a `secret` unless the daemon has a server-wide one (subscriptions.rs).
    "POST /api/v1/subscriptions": (
        (400, "SSRF guard: DNS resolution failed"),
        (400, "HMAC secret required"),
        (400, "url or namespace is required"),  # one of two optional fields
    ),
}

# serde_json never turns a float into an integer: ``3.0`` (an integer to JSON Schema) for an
# ``i64``/``u64`` field is "invalid type: floating point `3.0`, expected i64" — 422 from axum's
# ``Json``, or the 400 of the routes that parse their body themselves.
_INTEGRAL_FLOAT = re.compile(r"invalid type: floating point `-?\d+(\.0)?(e\d+)?`, expected [iu](8|16|32|64)")


def route(case: Any) -> str:
    """``METHOD /path`` of the case's operation, as the spec writes it."""
    return f"{case.operation.method.upper()} {case.operation.path}"


def _is_parity(case: Any) -> bool:
    # The spec's `parity` tag: the body is an MCP tool's params object, which the handler takes as
    # `Json<Value>` and hands to the tool (handlers/route_1111.rs); the tool checks its own params
    # and answers a 400 `{"error"}` the schema cannot foresee.
    return "parity" in (case.operation.tags or ())


def _error_text(response: Any) -> str:
    try:
        body = json.loads(response.content)
    except ValueError:
        return response.content.decode("utf-8", "replace")
    return body.get("error", "") if isinstance(body, dict) and isinstance(body.get("error"), str) else ""


def _has_integral_float(value: Any) -> bool:
    if isinstance(value, float):
        return value.is_integer()
    if isinstance(value, dict):
        return any(_has_integral_float(v) for v in value.values())
    return isinstance(value, list) and any(_has_integral_float(v) for v in value)


def rejects_valid(case: Any, response: Any) -> bool:
    """Whether the daemon answers this valid request with this rejection by design."""
    text, status = _error_text(response), response.status_code
    if status in (400, 422) and _INTEGRAL_FLOAT.search(text):
        return True
    # `JsonOrBadRequest` (POST /memories, capture_turn) answers every serde failure with this text.
    if status == 400 and text == "invalid request body" and _has_integral_float(case.body):
        return True
    if status == 400 and text and _is_parity(case):
        return True
    return any(
        status == code and text.startswith(prefix) for code, prefix in REJECTS_VALID.get(route(case), ())
    )


# --- invalid parts of a request the daemon does not act on ---------------------------------------


def _always(case: Any) -> bool:
    return True


def _anything(value: Any, body: Any) -> bool:
    return True


# Routes whose handler never validates ``X-Agent-Id`` (it does not read it, or falls back to an
# anonymous caller when it is invalid): route -> for which requests.
IGNORES_AGENT_ID: dict[str, Callable[[Any], bool]] = {
    "GET /api/v1/health": _always,  # handlers/transport.rs health: no headers
    "GET /metrics": _always,  # handlers/transport.rs prometheus_metrics: no headers
    "GET /api/v1/metrics": _always,
    "GET /api/v1/tools/list": _always,  # handlers/admin.rs tools_list: no headers
    "GET /api/v1/capabilities": _always,  # handlers/system.rs get_capabilities: never reads it
    "POST /api/v1/memories/bulk": _always,  # memories_query.rs:521-525 unwrap_or_else(anonymous)
    "DELETE /api/v1/links": _always,  # links.rs:691-695 unwrap_or_else("anonymous:invalid")
    # hook_subscribers.rs get_namespace_standard_qs reads no header when `namespace` is given (without
    # it: list_namespaces, whose require_admin answers 400).
    "GET /api/v1/namespaces": lambda case: bool((case.query or {}).get("namespace")),
    "DELETE /api/v1/namespaces": _always,  # hook_subscribers.rs:1019-1022 clear_namespace_standard_inner
    "GET /api/v1/namespaces/{ns}/standard": _always,  # hook_subscribers.rs get_namespace_standard
    "DELETE /api/v1/namespaces/{ns}/standard": _always,  # hook_subscribers.rs:1019-1022
    "POST /api/v1/check_duplicate": _always,  # power.rs:811-815 unwrap_or_else(anonymous)
    "POST /api/v1/archive": _always,  # archive.rs:466-470 unwrap_or_else("anonymous:invalid")
    "POST /api/v1/agents": _always,  # admin.rs:82-86 unwrap_or_else("anonymous:invalid")
    "GET /api/v1/pending": _always,  # governance.rs:78-82 unwrap_or_else("anonymous:invalid")
    "GET /api/v1/approvals/stream": _always,  # approvals.rs:518-524 read as a plain string
    "GET /api/v1/sync/since": _always,  # federation_sync_since.rs:110-116 and 302-308: only if valid
    "POST /api/v1/memory_load_family": _always,  # parity.rs:166-184 http_caller_ctx falls back
    "GET /api/v1/entities/by_alias": _always,  # kg.rs:296-297 `let _ = &headers` without `sal`
    # kg.rs:95-105: a non-blank body `agent_id` wins, the header is not read.
    "POST /api/v1/entities": lambda case: (
        isinstance(case.body, dict) and not _blank(case.body.get("agent_id") or "")
    ),
    # handlers/route_1111.rs: these MCP-parity handlers take `_headers` and never read them.
    **dict.fromkeys(
        (
            f"POST /api/v1/memory_{name}"
            for name in (
                "smart_load",
                "reflect",
                "recall_observations",
                "reflection_origin",
                "dependents_of_invalidated",
                "export_reflection",
                "atomise",
                "calibrate_confidence",
                "verify",
                "rule_list",
                "check_agent_action",
            )
        ),
        _always,
    ),
}


def _blank(value: Any, body: Any = None) -> bool:
    return isinstance(value, str) and not value.strip()


# Body fields the daemon reads leniently: route -> field -> (value, body) -> whether it ignores it.
LENIENT_BODY_FIELDS: dict[str, dict[str, Callable[[Any, Any], bool]]] = {
    # kg.rs:95-105: `.map(str::trim).filter(|s| !s.is_empty())` — blank means "use the header".
    "POST /api/v1/entities": {
        "agent_id": _blank,
        "metadata": _anything,  # kg.rs EntityRegisterBody: `metadata: serde_json::Value`
    },
    # power.rs find_paths: `source_id.or(from_id)`, `target_id.or(to_id)` — an alias beside its
    # field is never read.
    "POST /api/v1/find_paths": {
        "from_id": lambda value, body: isinstance(body.get("source_id"), str),
        "to_id": lambda value, body: isinstance(body.get("target_id"), str),
    },
    "POST /api/v1/kg/find_paths": {
        "from_id": lambda value, body: isinstance(body.get("source_id"), str),
        "to_id": lambda value, body: isinstance(body.get("target_id"), str),
    },
    # hook_subscribers.rs set_namespace_standard: the path's namespace wins over a body `namespace`.
    "POST /api/v1/namespaces/{ns}/standard": {"namespace": _anything},
    # power.rs check_duplicate: `.map(str::trim).filter(|s| !s.is_empty())` before validate_namespace.
    "POST /api/v1/check_duplicate": {"namespace": _blank},
    # mcp/tools/skill_register.rs:291-292: resolve_agent_id(...).unwrap_or_else("anonymous:invalid").
    "POST /api/v1/skill/register": {
        "agent_id": _anything,
        "folder_path": lambda value, body: not isinstance(value, str),  # `.as_str()`: else absent
    },
    # mcp/tools/capture_turn.rs: `metadata: Option<Value>` — any JSON value deserialises.
    "POST /api/v1/capture_turn": {
        "metadata": _anything,
        "namespace": _blank,  # an empty namespace is not refused (stored under the default one)
        # capture_turn.rs:390 stores `timestamp_iso` as `created_at` as given, never parsed.
        "timestamp_iso": lambda value, body: isinstance(value, str),
    },
    # notify.rs (handlers/subscriptions.rs:60) `body.payload.or(body.content)`: `content` is unread
    # when `payload` is given.
    "POST /api/v1/notify": {"content": lambda value, body: isinstance(body.get("payload"), str)},
    # validate.rs:668-697 validate_relation: besides the named relations, any `[a-z0-9_]+` label.
    "DELETE /api/v1/links": {
        "relation": lambda value, body: (
            isinstance(value, str) and re.fullmatch(r"[a-z0-9_]{1,64}", value) is not None
        )
    },
}

# Values the daemon clamps instead of rejecting: route -> query/body field -> (low, high).
CLAMPED: dict[str, dict[str, tuple[int | None, int]]] = {
    "GET /api/v1/taxonomy": {"limit": (1, 10_000), "depth": (None, 8)},  # power.rs:477-482
    "POST /api/v1/notify": {"priority": (1, 10)},  # mcp/tools/notify.rs: `.clamp(1, 10)`
    "GET /api/v1/inbox": {"limit": (None, 500)},  # mcp/tools/notify.rs:100-102 .min(500)
    "GET /api/v1/memories": {"limit": (None, 1000)},  # memories_query.rs: capped at MAX_BULK_SIZE
    "GET /api/v1/pending": {"limit": (None, 1000)},  # governance.rs:53 .min(1000)
    "GET /api/v1/archive": {"limit": (None, 1000)},  # archive.rs:87 clamp(1, 1000) after `0` is a 400
    "GET /api/v1/sync/since": {"limit": (None, 10_000)},  # federation_sync_since.rs:76 .min(10_000)
    "POST /api/v1/memory_load_family": {"k": (1, 100)},  # power_consolidation.rs:782-783 clamp(1, 100)
}


# Query parameters the daemon reads as absent when empty: route -> names.
EMPTY_IS_ABSENT: dict[str, tuple[str, ...]] = {
    "GET /api/v1/sync/since": ("since",),  # federation_sync_since.rs:63-66 `&& !s.is_empty()`
}


def _read_as_absent(value: str) -> bool:
    # ``headers.get(...).and_then(|v| v.to_str().ok())`` in every handler: a value with a byte outside
    # visible ASCII is no header; ``resolve_http_agent_id`` (identity/mod.rs) treats an empty one as
    # absent too. Either way the caller is a fresh anonymous id.
    return not value.strip(" \t") or any(not (" " <= c <= "~" or c == "\t") for c in value)


def _headers_as_read(case: Any) -> dict[str, Any]:
    headers = dict(case.headers or {})
    for name in list(headers):
        value = headers[name]
        if not isinstance(value, str):
            continue
        if name.lower() == "x-agent-id":
            ignored = IGNORES_AGENT_ID.get(route(case))
            if _read_as_absent(value) or (ignored is not None and ignored(case)):
                del headers[name]
        elif name.lower() == "accept-provenance":
            # handlers/accept_provenance.rs parse_value: `verbose` (any case, trimmed), else minimal.
            if value.strip().lower() == "verbose":
                headers[name] = "verbose"
            else:
                del headers[name]
    return headers


def _clamp(value: Any, bounds: tuple[int | None, int]) -> Any:
    low, high = bounds
    number = value
    if isinstance(value, str) and re.fullmatch(r"\d+", value):
        number = int(value)
    if not isinstance(number, int) or isinstance(number, bool) or number < 0:
        return value  # not a count the daemon's integer parsing accepts: left to be judged
    clamped = min(max(number, low if low is not None else number), high)
    return str(clamped) if isinstance(value, str) else clamped


def _without_nulls(value: Any) -> Any:
    # serde: an `Option<T>` field given as `null` is `None`, exactly as if it were absent.
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def _tool_params_as_read(case: Any, body: dict[str, Any]) -> dict[str, Any]:
    """An MCP tool's params as the tool reads them (``src/mcp/tools/*.rs``): each one through
    ``Value::as_str``/``as_u64``/``as_i64``/``as_bool``/``as_array`` with a fallback, so a value of
    the wrong JSON type or a blank string is the default, and counts are clamped to their range."""
    spec = case.operation.schema.raw_schema
    content = _resolve(spec, case.operation.definition.raw.get("requestBody")).get("content", {})
    schema = _resolve(spec, content.get("application/json", {}).get("schema"))
    properties = schema.get("properties", {})
    read: dict[str, Any] = {}
    for name, value in body.items():
        prop = _resolve(spec, properties.get(name, {}))
        kind = _type_of(prop)
        if kind in _JSON_TYPES and not _JSON_TYPES[kind](value):
            continue
        if isinstance(value, str) and not value.strip():
            continue
        if kind == "integer" and isinstance(value, int):
            value = max(value, prop.get("minimum", value))
            value = min(value, prop.get("maximum", value))
        if kind == "array" and isinstance(value, list):  # `filter_map(Value::as_str)` and the like
            item_kind = _type_of(_resolve(spec, prop.get("items")))
            value = [item for item in value if item_kind not in _JSON_TYPES or _JSON_TYPES[item_kind](item)]
        read[name] = value
    return read


def _type_of(schema: dict[str, Any]) -> str | None:
    """The JSON type a schema declares, ``null`` aside (``[integer, "null"]`` is ``integer``)."""
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else None


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node if isinstance(node, dict) else {}


def _body_as_read(case: Any) -> Any:
    body = case.body
    if _is_parity(case):
        # `Json<Value>` takes any JSON value; a tool reads no field from a non-object
        return _tool_params_as_read(case, _without_nulls(body)) if isinstance(body, dict) else {}
    if not isinstance(body, (dict, list)):
        return body
    body = _without_nulls(body)
    key = route(case)
    if isinstance(body, dict):
        for field, lenient in LENIENT_BODY_FIELDS.get(key, {}).items():
            if field in body and lenient(body[field], body):
                del body[field]
        for field, bounds in CLAMPED.get(key, {}).items():
            if field in body:
                body[field] = _clamp(body[field], bounds)
        if key == "POST /api/v1/import" and isinstance(body.get("links"), list):
            # admin.rs:855-871: import skips a link that fails validation, and reads `attest_level`
            # as a free string it ignores (models/link.rs) — only links serde cannot read reject.
            body["links"] = [link for link in body["links"] if not _serde_reads_link(link)]
    return body


_LINK_RELATIONS = ("related_to", "supersedes", "contradicts", "derived_from", "reflects_on")


def _serde_reads_link(link: Any) -> bool:
    """Whether serde reads this as a ``MemoryLink`` (models/link.rs:237-284): string fields, a
    ``MemoryLinkRelation``, ``signature: Option<Vec<u8>>``."""
    if not isinstance(link, dict) or link.get("relation") not in _LINK_RELATIONS:
        return False
    if not all(isinstance(link.get(key), str) for key in ("source_id", "target_id", "created_at")):
        return False
    signature = link.get("signature", [])
    if not (isinstance(signature, list) and all(isinstance(b, int) and 0 <= b < 256 for b in signature)):
        return False
    others = ("observed_by", "valid_from", "valid_until", "attest_level")
    return all(isinstance(link[key], str) for key in others if key in link)


def as_read_by_daemon(case: Any) -> Any:
    """The case as the daemon acts on it: headers it does not act on dropped, ``null`` optional
    fields dropped, clamped values clamped, leniently read fields normalised. The negative check
    then judges what is left (schemathesis re-validates every part that changed)."""
    if case.meta is None or not case.meta.generation.mode.is_negative:
        return case
    headers = _headers_as_read(case)
    # axum's `Query<T>` ignores parameters its struct does not name (no `deny_unknown_fields`).
    declared = {parameter.name for parameter in case.operation.query}
    query = {name: value for name, value in (case.query or {}).items() if name in declared}
    for field, bounds in CLAMPED.get(route(case), {}).items():
        if field in query:
            query[field] = _clamp(query[field], bounds)
    for field in EMPTY_IS_ABSENT.get(route(case), ()):
        if query.get(field) == "":
            del query[field]
    if route(case) == "GET /api/v1/taxonomy":
        # power.rs:461-467: `prefix.or(root)`, trimmed, blank = absent, trailing `/` dropped.
        chosen = "prefix" if isinstance(query.get("prefix"), str) else "root"
        query.pop("root" if chosen == "prefix" else "prefix", None)
        if isinstance(query.get(chosen), str):
            value = query[chosen].strip().rstrip("/")
            if value:
                query[chosen] = value
            else:
                del query[chosen]
    body = _body_as_read(case)
    if headers == dict(case.headers or {}) and query == dict(case.query or {}) and body == case.body:
        return case
    derived = case.derive()
    # A private copy of the metadata: the changed parts are re-judged on the copy only.
    object.__setattr__(derived, "_meta", copy.deepcopy(case.meta))
    derived.headers = CaseInsensitiveDict(headers)
    derived.query = query
    derived.body = body
    return derived


def answered_from_dedup(case: Any, response: Any) -> bool:
    """``POST /capture_turn`` is idempotent on ``(host_session_id, host_turn_index, role, content)``:
    a turn already captured is answered 200 ``dedup_hit`` before anything else of the body is read
    (storage ``capture_turn_idempotent``)."""
    if route(case) != "POST /api/v1/capture_turn" or response.status_code != 200:
        return False
    try:
        answer = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(answer, dict) and answer.get("dedup_hit") is True


def rejected_in_body(case: Any, response: Any) -> bool:
    """``POST /memories/bulk`` and ``POST /import`` answer 200 and report each row they refused in
    ``errors`` (memories_query.rs bulk_create, admin.rs import_memories): an invalid row counts as
    rejected when it was not stored."""
    key = route(case)
    if key not in ("POST /api/v1/memories/bulk", "POST /api/v1/import") or response.status_code != 200:
        return False
    try:
        answer = json.loads(response.content)
    except ValueError:
        return False
    if key == "POST /api/v1/import":
        rows = case.body.get("memories") if isinstance(case.body, dict) else None
        stored = answer.get("imported") if isinstance(answer, dict) else None
    else:
        rows = case.body
        stored = answer.get("created") if isinstance(answer, dict) else None
    count = len(rows) if isinstance(rows, list) else 0
    return isinstance(stored, int) and stored < count and bool(answer.get("errors"))

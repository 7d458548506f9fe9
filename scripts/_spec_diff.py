"""Classify the wire changes between two versions of one OpenAPI 3.1 document.

Used by ``scripts/spec-report``. Why not a ready-made tool: the well-kept OpenAPI differs
(oasdiff, openapi-changes) are Go binaries that neither PyPI nor npm ship as a plain package, and
the Python packages that claim the job are young single-release projects or unmaintained (2022),
most without OpenAPI 3.1 support (``type: [string, "null"]``, ``const``). So this is a small,
tested classifier over the two parsed documents, following oasdiff's rules where they apply.

Every change has a *direction*: in a **request** the client writes and the server reads, so a
change is breaking when the server accepts less (new required field or parameter, narrowed type
or enum, tighter constraint, removed field or parameter — the SDK argument disappears); in a
**response** the server writes and the client reads, so a change is breaking when the client may
receive less or something it does not expect (removed field, field no longer required, widened
type, new ``null``, new ``oneOf`` variant). Webhooks flip the directions: the daemon sends the
request and the SDK user's receiver reads it. A change inside a named component schema is
reported once, on that schema, with the operations that reach it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

BREAKING: Literal["breaking"] = "breaking"
NON_BREAKING: Literal["non-breaking"] = "non-breaking"
Severity = Literal["breaking", "non-breaking"]
Direction = Literal["request", "response"]
# Where a schema was reached from: an operation label, or the key of the enclosing component.
Origin = str | tuple[str, str, str]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# x-sdk keys whose appearance or change alters a method's call form or return value.
# `auth` names the credential an operation takes: changing it is an auth change.
_SDK_SHAPE_KEYS = frozenset({"method", "positional", "body_arg", "unwrap", "returns", "scope", "csv", "auth"})
# x-sdk keys whose removal takes a feature away (auto-paging, the MCP transport of a method).
_SDK_REMOVAL_BREAKS = frozenset({"paginate", "mcp_tool"})
_MAX_KEYS = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
_MIN_KEYS = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")


@dataclass(frozen=True)
class Change:
    """One classified difference. ``where`` is an operation or ``schema `Name```."""

    severity: Severity
    where: str
    what: str
    used_by: tuple[str, ...] = ()

    def line(self, max_users: int = 3) -> str:
        """The Markdown bullet of this change."""
        text = f"- {self.where}: {self.what}"
        if self.used_by:
            shown = ", ".join(f"`{u}`" for u in self.used_by[:max_users])
            more = len(self.used_by) - max_users
            text += f" — used by {shown}" + (f" and {more} more" if more > 0 else "")
        return text


def opposite(direction: Direction) -> Direction:
    return "response" if direction == "request" else "request"


class _Doc:
    """A parsed document with ``$ref`` resolution (internal references only)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref not supported: {ref}")
        node: Any = self.doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow ``$ref`` chains; return the target and the name of the first schema reached."""
        name: str | None = None
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
            ref = node["$ref"]
            seen.add(ref)
            if name is None and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
            siblings = {k: v for k, v in node.items() if k not in ("$ref", "description", "summary")}
            target = self.lookup(ref)
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node, name


@dataclass
class _Context:
    old: _Doc
    new: _Doc
    # A component is diffed once per direction, keyed (old name, new name, direction); ``origin``
    # of a change is an operation label or, inside a component, that component's key.
    _users: dict[tuple[str, str, str], set[str | tuple[str, str, str]]] = field(default_factory=dict)
    _found: dict[tuple[str, str, str], list[tuple[Severity, str]]] = field(default_factory=dict)
    _in_progress: set[tuple[str, str, str]] = field(default_factory=set)

    def component(self, old_name: str, new_name: str, direction: Direction, origin: Origin) -> None:
        key = (old_name, new_name, direction)
        self._users.setdefault(key, set()).add(origin)
        if key in self._found or key in self._in_progress:
            return
        self._in_progress.add(key)
        old_schema = self.old.lookup(f"#/components/schemas/{old_name}")
        new_schema = self.new.lookup(f"#/components/schemas/{new_name}")
        found = list(_diff_schema(self, old_schema, new_schema, direction, "", key))
        self._in_progress.discard(key)
        self._found[key] = found

    def operations_using(self, key: tuple[str, str, str]) -> list[str]:
        """The operations that reach a component, through other components too."""
        labels: set[str] = set()
        seen: set[tuple[str, str, str]] = set()
        stack = [key]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            for user in self._users.get(current, ()):
                if isinstance(user, str):
                    labels.add(user)
                else:
                    stack.append(user)
        return sorted(labels)

    def component_changes(self) -> list[Change]:
        out: list[Change] = []
        for key, found in self._found.items():
            old_name, new_name, _ = key
            label = f"schema `{old_name}`" + ("" if old_name == new_name else f" (now `{new_name}`)")
            users = tuple(self.operations_using(key))
            out.extend(Change(severity, label, what, users) for severity, what in found)
        return out


# ---------------------------------------------------------------------------------------- schemas


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows, or ``None`` when it does not restrict them."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(declared)
    if "const" in schema:
        return frozenset({_json_type(schema["const"])})
    if "enum" in schema:
        return frozenset(_json_type(v) for v in schema["enum"])
    if "properties" in schema:
        return frozenset({"object"})
    if "items" in schema:
        return frozenset({"array"})
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _covers(types: frozenset[str], kind: str) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _fmt_types(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types))


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def _where(loc: str, direction: Direction) -> str:
    if loc.startswith("@"):  # a parameter: "@<in> <name>"
        where, _, name = loc[1:].partition(" ")
        return f"{where} parameter `{name}`"
    return f"{direction} body" if not loc else f"{direction} field `{loc}`"


def _ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.rsplit("/", 1)[1]
    return None


def _flatten(
    ctx: _Context, doc: _Doc, schema: dict[str, Any], skip: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """Merge ``allOf`` members into one object schema (properties, required, type), leaving out
    the members that reference a component in ``skip`` (those are compared on the component)."""
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for member in schema["allOf"]:
        if _ref_name(member) in skip:
            continue
        part, _ = doc.resolve(member)
        part = _flatten(ctx, doc, part) if isinstance(part, dict) else {}
        properties.update(part.get("properties", {}))
        required.extend(r for r in part.get("required", []) if r not in required)
        for key, value in part.items():
            if key not in ("properties", "required", "description"):
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
        merged.setdefault("type", "object")
    if required:
        merged["required"] = required
    return merged


def _variants(schema: dict[str, Any]) -> list[Any] | None:
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            return list(schema[key])
    return None


def _diff_schema(
    ctx: _Context, old: Any, new: Any, direction: Direction, loc: str, origin: Origin
) -> Iterator[tuple[Severity, str]]:
    """Yield (severity, message) for the differences of two schemas at ``loc``."""
    old_node, old_name = ctx.old.resolve(old)
    new_node, new_name = ctx.new.resolve(new)
    if old_name and new_name:
        # Both sides name a component: its changes are reported once, on the component.
        ctx.component(old_name, new_name, direction, origin)
        return
    if not isinstance(old_node, dict) or not isinstance(new_node, dict):
        return
    # allOf members that name the same component on both sides are compared on that component.
    shared: frozenset[str] = frozenset()
    if isinstance(old_node.get("allOf"), list) and isinstance(new_node.get("allOf"), list):
        shared = frozenset(filter(None, map(_ref_name, old_node["allOf"]))) & frozenset(
            filter(None, map(_ref_name, new_node["allOf"]))
        )
        for name in sorted(shared):
            ctx.component(name, name, direction, origin)
    old_s = _flatten(ctx, ctx.old, old_node, shared)
    new_s = _flatten(ctx, ctx.new, new_node, shared)
    where = _where(loc, direction)

    old_variants, new_variants = _variants(old_s), _variants(new_s)
    if old_variants is not None or new_variants is not None:
        yield from _diff_variants(
            ctx, old_variants or [old], new_variants or [new], direction, loc, origin, where
        )
        return

    yield from _diff_types(old_s, new_s, direction, where)
    yield from _diff_enum(old_s, new_s, direction, where)
    yield from _diff_constraints(old_s, new_s, direction, where)

    old_props: dict[str, Any] = old_s.get("properties", {}) or {}
    new_props: dict[str, Any] = new_s.get("properties", {}) or {}
    if old_props or new_props:
        yield from _diff_fields(
            ctx,
            {k: (v, k in old_s.get("required", [])) for k, v in old_props.items()},
            {k: (v, k in new_s.get("required", [])) for k, v in new_props.items()},
            direction,
            loc,
            origin,
            noun="field",
        )
    yield from _diff_additional(ctx, old_s, new_s, direction, loc, origin, where)
    if "items" in old_s and "items" in new_s:
        yield from _diff_schema(ctx, old_s["items"], new_s["items"], direction, f"{loc}[]", origin)


def _diff_types(
    old: dict[str, Any], new: dict[str, Any], direction: Direction, where: str
) -> Iterator[tuple[Severity, str]]:
    old_t, new_t = _types(old), _types(new)
    if old_t == new_t:
        return
    if old_t is None:
        narrowed, widened = True, False
    elif new_t is None:
        narrowed, widened = False, True
    else:
        narrowed = any(not _covers(new_t, t) for t in old_t)
        widened = any(not _covers(old_t, t) for t in new_t)
    text = f"type {_fmt_types(old_t)} → {_fmt_types(new_t)}"
    if narrowed and widened:
        yield BREAKING, f"{where}: {text} (changed)"
    elif narrowed:
        yield (BREAKING if direction == "request" else NON_BREAKING), f"{where}: {text} (narrowed)"
    elif widened:
        nullable = bool(new_t and "null" in new_t and "null" not in (old_t or ()))
        extra = " (may now be null)" if nullable and direction == "response" else ""
        yield (BREAKING if direction == "response" else NON_BREAKING), f"{where}: {text} (widened){extra}"


def _diff_enum(
    old: dict[str, Any], new: dict[str, Any], direction: Direction, where: str
) -> Iterator[tuple[Severity, str]]:
    old_e, new_e = _enum(old), _enum(new)
    if old_e is None and new_e is None:
        return
    if old_e is None:
        assert new_e is not None
        yield (
            (BREAKING if direction == "request" else NON_BREAKING),
            f"{where}: now restricted to {_fmt(new_e)}",
        )
        return
    if new_e is None:
        yield NON_BREAKING, f"{where}: no longer restricted to {_fmt(old_e)}"
        return
    removed = [v for v in old_e if v not in new_e]
    added = [v for v in new_e if v not in old_e]
    if removed:
        yield (
            (BREAKING if direction == "request" else NON_BREAKING),
            f"{where}: enum value {_fmt(removed)} removed",
        )
    if added:
        note = " (the SDK's open enums keep unknown values)" if direction == "response" else ""
        yield NON_BREAKING, f"{where}: enum value {_fmt(added)} added{note}"


def _fmt(values: Iterable[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _diff_constraints(
    old: dict[str, Any], new: dict[str, Any], direction: Direction, where: str
) -> Iterator[tuple[Severity, str]]:
    on_request = BREAKING if direction == "request" else NON_BREAKING
    for key in (*_MAX_KEYS, *_MIN_KEYS):
        before, after = old.get(key), new.get(key)
        if before == after or isinstance(before, bool) or isinstance(after, bool):
            continue
        if key in _MAX_KEYS:
            tighter = before is None or (after is not None and after < before)
        else:
            tighter = before is None or (after is not None and after > before)
        if after is None:
            tighter = False
        yield (on_request if tighter else NON_BREAKING), f"{where}: `{key}` {before} → {after}"
    if old.get("pattern") != new.get("pattern"):
        tighter = new.get("pattern") is not None
        yield (on_request if tighter else NON_BREAKING), f"{where}: `pattern` changed"
    if old.get("format") != new.get("format"):
        # The generated models parse by format (date-time → datetime), so both directions care.
        yield BREAKING, f"{where}: `format` {old.get('format')} → {new.get('format')}"


def _diff_additional(
    ctx: _Context,
    old: dict[str, Any],
    new: dict[str, Any],
    direction: Direction,
    loc: str,
    origin: Origin,
    where: str,
) -> Iterator[tuple[Severity, str]]:
    before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
    if before is not False and after is False:
        yield (
            (BREAKING if direction == "request" else NON_BREAKING),
            f"{where}: no longer accepts extra fields",
        )
    elif before is False and after is not False:
        yield (BREAKING if direction == "response" else NON_BREAKING), f"{where}: now allows extra fields"
    if isinstance(before, dict) and isinstance(after, dict):
        yield from _diff_schema(ctx, before, after, direction, f"{loc}.*" if loc else "*", origin)


def _diff_variants(
    ctx: _Context,
    old: list[Any],
    new: list[Any],
    direction: Direction,
    loc: str,
    origin: Origin,
    where: str,
) -> Iterator[tuple[Severity, str]]:
    def label(doc: _Doc, node: Any) -> str:
        resolved, name = doc.resolve(node)
        return name or (_fmt_types(_types(resolved)) if isinstance(resolved, dict) else "?")

    unmatched_new = list(range(len(new)))
    pairs: list[tuple[int, int]] = []
    for i, variant in enumerate(old):
        wanted = label(ctx.old, variant)
        match = next((j for j in unmatched_new if label(ctx.new, new[j]) == wanted), None)
        if match is not None:
            pairs.append((i, match))
            unmatched_new.remove(match)
    matched_old = {i for i, _ in pairs}
    removed = [label(ctx.old, old[i]) for i in range(len(old)) if i not in matched_old]
    added = [label(ctx.new, new[j]) for j in unmatched_new]
    for name in removed:
        yield (BREAKING if direction == "request" else NON_BREAKING), f"{where}: variant `{name}` removed"
    for name in added:
        extra = " (may now be null)" if name == "null" and direction == "response" else ""
        yield (
            (BREAKING if direction == "response" else NON_BREAKING),
            f"{where}: variant `{name}` added{extra}",
        )
    for i, j in pairs:
        yield from _diff_schema(ctx, old[i], new[j], direction, loc, origin)


def _diff_fields(
    ctx: _Context,
    old: dict[str, tuple[Any, bool]],
    new: dict[str, tuple[Any, bool]],
    direction: Direction,
    loc: str,
    origin: Origin,
    *,
    noun: str,
) -> Iterator[tuple[Severity, str]]:
    """Fields of an object or parameters of an operation: name → (schema, required)."""

    def sub_loc(key: str) -> str:
        if noun == "parameter":
            return f"@{key}"
        return f"{loc}.{key}" if loc else key

    for key in sorted(old.keys() - new.keys()):
        yield BREAKING, f"{_where(sub_loc(key), direction)} removed"
    for key in sorted(new.keys() - old.keys()):
        required = new[key][1]
        severity: Severity = BREAKING if (direction == "request" and required) else NON_BREAKING
        yield severity, f"{'required ' if required else ''}{_where(sub_loc(key), direction)} added"
    for key in sorted(old.keys() & new.keys()):
        (old_schema, old_req), (new_schema, new_req) = old[key], new[key]
        if old_req and not new_req:
            severity = BREAKING if direction == "response" else NON_BREAKING
            yield severity, f"{_where(sub_loc(key), direction)} is no longer required"
        elif new_req and not old_req:
            severity = BREAKING if direction == "request" else NON_BREAKING
            yield severity, f"{_where(sub_loc(key), direction)} is now required"
        yield from _diff_schema(ctx, old_schema, new_schema, direction, sub_loc(key), origin)


# ------------------------------------------------------------------------------------- operations


def _normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], list[Any], bool]]:
    """key → (label, path, operation, shared parameters, is_webhook)."""
    out: dict[str, tuple[str, str, dict[str, Any], list[Any], bool]] = {}
    for section, webhook in (("paths", False), ("webhooks", True)):
        for path, item in (doc.get(section) or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                if webhook:
                    key, label = f"webhook {path} {method}", f"webhook `{path}` ({method.upper()})"
                else:
                    key, label = f"{method} {_normalise_path(path)}", f"`{method.upper()} {path}`"
                out[key] = (label, path, op, list(item.get("parameters", [])), webhook)
    return out


def _parameters(doc: _Doc, shared: list[Any], own: list[Any]) -> dict[str, tuple[Any, bool]]:
    params: dict[str, tuple[Any, bool]] = {}
    for raw in [*shared, *own]:
        param, _ = doc.resolve(raw)
        if not isinstance(param, dict):
            continue
        name = param.get("name", "")
        where = param.get("in", "")
        key = f"{where} {name.lower() if where == 'header' else name}"
        params[key] = (param.get("schema", {}), bool(param.get("required", False)) or where == "path")
    return params


def _security(doc: dict[str, Any], op: dict[str, Any]) -> set[frozenset[str]]:
    requirements = op.get("security", doc.get("security", [])) or []
    return {frozenset(req) for req in requirements if isinstance(req, dict)}


def _anonymous(requirements: set[frozenset[str]]) -> bool:
    return not requirements or frozenset() in requirements


def _sdk_name(op: dict[str, Any]) -> str:
    sdk = op.get("x-sdk") or {}
    return str(sdk.get("method") or op.get("operationId", ""))


def _diff_security(
    ctx: _Context, old_op: dict[str, Any], new_op: dict[str, Any]
) -> Iterator[tuple[Severity, str]]:
    before, after = _security(ctx.old.doc, old_op), _security(ctx.new.doc, new_op)
    if before == after:
        return

    def fmt(reqs: Iterable[frozenset[str]]) -> str:
        return ", ".join(" + ".join(sorted(r)) or "none" for r in sorted(reqs, key=sorted))

    if _anonymous(before) and not _anonymous(after):
        yield BREAKING, f"authentication now required ({fmt(after)})"
        return
    if _anonymous(after) and not _anonymous(before):
        yield NON_BREAKING, "authentication no longer required"
        return
    dropped = before - after
    if dropped:
        yield BREAKING, f"security requirement {fmt(dropped)} no longer accepted (now {fmt(after)})"
    if after - before:
        yield NON_BREAKING, f"security requirement {fmt(after - before)} now also accepted"


def _diff_scheme_definitions(ctx: _Context) -> Iterator[Change]:
    old = (ctx.old.doc.get("components") or {}).get("securitySchemes") or {}
    new = (ctx.new.doc.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(old.keys() & new.keys()):
        a, b = ctx.old.resolve(old[name])[0], ctx.new.resolve(new[name])[0]
        for key in ("type", "in", "name", "scheme", "bearerFormat"):
            if a.get(key) != b.get(key):
                yield Change(
                    BREAKING,
                    f"security scheme `{name}`",
                    f"`{key}` {a.get(key)} → {b.get(key)}",
                )


def _diff_sdk_hints(old_op: dict[str, Any], new_op: dict[str, Any]) -> Iterator[tuple[Severity, str]]:
    before: dict[str, Any] = old_op.get("x-sdk") or {}
    after: dict[str, Any] = new_op.get("x-sdk") or {}
    for key in sorted(before.keys() | after.keys()):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        # Hints that shape the call form or the return value break when they change; the rest
        # (paginate, chunk, validate, transport details) change behaviour, not the API.
        shape = key in _SDK_SHAPE_KEYS
        if a is None:
            yield (BREAKING if shape else NON_BREAKING), f"x-sdk `{key}` added: `{b}`"
        elif b is None:
            breaks = shape or key in _SDK_REMOVAL_BREAKS
            yield (BREAKING if breaks else NON_BREAKING), f"x-sdk `{key}` removed (was `{a}`)"
        else:
            extends = key == "positional" and isinstance(a, list) and isinstance(b, list) and b[: len(a)] == a
            yield (BREAKING if shape and not extends else NON_BREAKING), f"x-sdk `{key}`: `{a}` → `{b}`"
    if (old_op.get("x-served-by") == "none") != (new_op.get("x-served-by") == "none"):
        served = new_op.get("x-served-by") != "none"
        yield NON_BREAKING, "now served by the released server" if served else "marked `x-served-by: none`"


def _media(doc: _Doc, node: Any) -> dict[str, Any]:
    resolved, _ = doc.resolve(node)
    if not isinstance(resolved, dict):
        return {}
    content = resolved.get("content") or {}
    return {mt: (body or {}).get("schema", {}) for mt, body in content.items()}


def _diff_content(
    ctx: _Context,
    old: dict[str, Any],
    new: dict[str, Any],
    direction: Direction,
    label: str,
    origin: Origin,
) -> Iterator[tuple[Severity, str]]:
    for mt in sorted(old.keys() - new.keys()):
        yield BREAKING, f"{label}: media type `{mt}` removed"
    for mt in sorted(new.keys() - old.keys()):
        severity: Severity = BREAKING if (direction == "response" and not old) else NON_BREAKING
        yield severity, f"{label}: media type `{mt}` added"
    for mt in sorted(old.keys() & new.keys()):
        for severity, what in _diff_schema(ctx, old[mt], new[mt], direction, "", origin):
            yield severity, f"{label}: {what}"


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _diff_operation(
    ctx: _Context,
    label: str,
    old_entry: tuple[str, str, dict[str, Any], list[Any], bool],
    new_entry: tuple[str, str, dict[str, Any], list[Any], bool],
) -> Iterator[tuple[Severity, str]]:
    _, old_path, old_op, old_shared, webhook = old_entry
    _, new_path, new_op, new_shared, _ = new_entry
    sent: Direction = "response" if webhook else "request"
    received: Direction = opposite(sent)
    origin = label.strip("`")
    if old_path != new_path:
        yield NON_BREAKING, f"path parameter names `{old_path}` → `{new_path}`"
    if _sdk_name(old_op) != _sdk_name(new_op):
        yield BREAKING, f"SDK method `{_sdk_name(old_op)}` renamed to `{_sdk_name(new_op)}`"
    if not old_op.get("deprecated") and new_op.get("deprecated"):
        yield NON_BREAKING, "deprecated"
    yield from _diff_security(ctx, old_op, new_op)
    yield from _diff_sdk_hints(old_op, new_op)

    yield from _diff_fields(
        ctx,
        _parameters(ctx.old, old_shared, old_op.get("parameters", [])),
        _parameters(ctx.new, new_shared, new_op.get("parameters", [])),
        sent,
        "",
        origin,
        noun="parameter",
    )

    old_body, new_body = old_op.get("requestBody"), new_op.get("requestBody")
    old_required = bool(old_body and ctx.old.resolve(old_body)[0].get("required"))
    new_required = bool(new_body and ctx.new.resolve(new_body)[0].get("required"))
    if old_body and not new_body:
        yield BREAKING, f"{sent} body removed"
    elif new_body and not old_body:
        yield (
            (BREAKING if new_required else NON_BREAKING),
            f"{'required ' if new_required else ''}{sent} body added",
        )
    elif old_body and new_body:
        if new_required and not old_required:
            yield (BREAKING if sent == "request" else NON_BREAKING), f"{sent} body is now required"
        yield from _diff_content(
            ctx, _media(ctx.old, old_body), _media(ctx.new, new_body), sent, "body", origin
        )

    old_responses: dict[str, Any] = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
    new_responses: dict[str, Any] = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
    removed = sorted(old_responses.keys() - new_responses.keys())
    added = sorted(new_responses.keys() - old_responses.keys())
    removed_ok = [s for s in removed if _is_success(s)]
    added_ok = [s for s in added if _is_success(s)]
    if len(removed_ok) == 1 and len(added_ok) == 1:
        yield BREAKING, f"success status {removed_ok[0]} → {added_ok[0]}"
        removed.remove(removed_ok[0])
        added.remove(added_ok[0])
    for status in removed:
        severity: Severity = BREAKING if _is_success(status) else NON_BREAKING
        yield severity, f"response {status} removed"
    for status in added:
        yield NON_BREAKING, f"response {status} added"
    for status in sorted(old_responses.keys() & new_responses.keys()):
        old_resp, _ = ctx.old.resolve(old_responses[status])
        new_resp, _ = ctx.new.resolve(new_responses[status])
        old_headers = {k.lower(): v for k, v in (old_resp.get("headers") or {}).items()}
        new_headers = {k.lower(): v for k, v in (new_resp.get("headers") or {}).items()}
        for name in sorted(old_headers.keys() - new_headers.keys()):
            yield BREAKING, f"response {status}: header `{name}` removed"
        for name in sorted(new_headers.keys() - old_headers.keys()):
            yield NON_BREAKING, f"response {status}: header `{name}` added"
        yield from _diff_content(
            ctx,
            _media(ctx.old, old_resp),
            _media(ctx.new, new_resp),
            received,
            f"response {status}",
            origin,
        )


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every classified wire change from ``old`` to ``new`` (breaking first, then in spec order)."""
    ctx = _Context(_Doc(old), _Doc(new))
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for key in [k for k in old_ops if k not in new_ops]:
        label, _, op, _, _ = old_ops[key]
        changes.append(Change(BREAKING, label, f"operation removed (`{_sdk_name(op)}`)"))
    for key in [k for k in new_ops if k not in old_ops]:
        label, _, op, _, _ = new_ops[key]
        changes.append(Change(NON_BREAKING, label, f"operation added (`{_sdk_name(op)}`)"))
    for key in [k for k in new_ops if k in old_ops]:
        label = new_ops[key][0]
        for severity, what in _diff_operation(ctx, label, old_ops[key], new_ops[key]):
            changes.append(Change(severity, label, what))
        # A schema the SDK returns instead of the wire body (x-sdk returns) is read like a response.
        old_returns = (old_ops[key][2].get("x-sdk") or {}).get("returns")
        new_returns = (new_ops[key][2].get("x-sdk") or {}).get("returns")
        if old_returns and old_returns == new_returns:
            schemas = (new.get("components") or {}).get("schemas") or {}
            if old_returns in schemas and old_returns in ((old.get("components") or {}).get("schemas") or {}):
                ctx.component(old_returns, new_returns, "response", label.strip("`"))
    changes.extend(_diff_scheme_definitions(ctx))
    old_sdk, new_sdk = old.get("x-sdk") or {}, new.get("x-sdk") or {}
    for key in sorted(old_sdk.keys() | new_sdk.keys()):
        if old_sdk.get(key) != new_sdk.get(key):
            # Spec-level hints (the envelope field) change every method's return value.
            hint_severity: Severity = NON_BREAKING if key not in old_sdk else BREAKING
            changes.append(
                Change(hint_severity, "spec", f"x-sdk `{key}`: `{old_sdk.get(key)}` → `{new_sdk.get(key)}`")
            )
    changes.extend(ctx.component_changes())
    order = {BREAKING: 0, NON_BREAKING: 1}
    return sorted(changes, key=lambda c: (order[c.severity], c.where, c.what))


def api_version(doc: dict[str, Any]) -> str:
    return str((doc.get("info") or {}).get("version", "?"))

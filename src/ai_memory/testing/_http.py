"""Request context, responses, and axum-like body/query extraction (§1.3)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.responses import Response

if TYPE_CHECKING:
    from ._app import LocalApp


class HttpError(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def jresp(status: int, obj: Any, headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(obj), status_code=status, media_type="application/json", headers=headers)


def text(status: int, msg: str) -> Response:
    return Response(msg, status_code=status, media_type="text/plain; charset=utf-8")


def empty(status: int, headers: Mapping[str, str] | None = None) -> Response:
    return Response(b"", status_code=status, headers=headers)


def fail(status: int, error: str, **extra: Any) -> HttpError:
    return HttpError(jresp(status, {"error": error, **extra}))


@dataclass
class Ctx:
    app: LocalApp
    method: str
    path: str
    params: dict[str, str]
    raw_query: str
    headers: Mapping[str, str]
    body: bytes
    query_pairs: list[tuple[str, str]] = field(default_factory=list)
    _caller: str | None = None

    def __post_init__(self) -> None:
        self.query_pairs = parse_qsl(self.raw_query, keep_blank_values=True)

    @property
    def caller(self) -> str:
        """The resolved agent id (R7: header-authoritative; 400 on an invalid header)."""
        if self._caller is None:
            from ._identity import IdentityError, agent_id_header, resolve_caller

            try:
                self._caller = resolve_caller(agent_id_header(self.headers))
            except IdentityError as exc:
                raise fail(400, str(exc)) from None
        return self._caller

    def query(self) -> dict[str, str]:
        return dict(self.query_pairs)


# ---- type specs (a tiny serde) ------------------------------------------------------------------
# spec: name -> (kind, required). kinds: str, int, uint, float, bool, strlist, obj, any, enum:<a|b>
Spec = dict[str, tuple[str, bool]]


def _type_name(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return f"boolean `{str(v).lower()}`"
    if isinstance(v, int):
        return f"integer `{v}`"
    if isinstance(v, float):
        return f"floating point `{v}`"
    if isinstance(v, str):
        return f'string "{v}"'
    return "sequence" if isinstance(v, list) else "map"


def _in_range(kind: str, v: int) -> bool:
    """serde's i64 / u64: out-of-range integers are rejected, never passed on (SQLite is 64-bit)."""
    return -(2**63) <= v < 2**63 if kind == "int" else 0 <= v < 2**64


def _kind_ok(kind: str, v: Any) -> bool:
    is_int = isinstance(v, int) and not isinstance(v, bool)
    checks = {
        "str": isinstance(v, str),
        "int": is_int and _in_range("int", v),
        "uint": is_int and _in_range("uint", v),
        "float": isinstance(v, (int, float)) and not isinstance(v, bool),
        "bool": isinstance(v, bool),
        "strlist": isinstance(v, list) and all(isinstance(x, str) for x in v),
        "obj": isinstance(v, dict),
        "list": isinstance(v, list),
        "any": True,
    }
    return checks[kind]


def _check(name: str, kind: str, v: Any) -> str | None:
    if v is None:
        return None  # Option<T>: null == absent
    if kind.startswith("enum:"):
        variants = kind[5:].split("|")
        if isinstance(v, str) and v in variants:
            return None
        if isinstance(v, str):
            return f"{name}: unknown variant `{v}`, expected one of {', '.join(f'`{x}`' for x in variants)}"
        return f"{name}: invalid type: {_type_name(v)}, expected a string"
    if _kind_ok(kind, v):
        return None
    expected = {
        "str": "a string",
        "int": "i64",
        "uint": "u64",
        "float": "f64",
        "bool": "a boolean",
        "strlist": "a sequence of strings",
        "obj": "a map",
        "list": "a sequence",
        "any": "any",
    }[kind]
    return f"{name}: invalid type: {_type_name(v)}, expected {expected}"


def shape_error(obj: Any, spec: Spec, what: str) -> str | None:
    """serde-like check: type errors in body order, then the first missing required field."""
    if not isinstance(obj, dict):
        return f"invalid type: {_type_name(obj)}, expected struct {what}"
    for k, val in obj.items():
        if k in spec:
            err = _check(k, spec[k][0], val)
            if err:
                return err
    for k, (_, required) in spec.items():
        if required and obj.get(k) is None:
            return f"missing field `{k}`"
    return None


def _content_type_ok(headers: Mapping[str, str]) -> bool:
    ct = headers.get("content-type")
    if not ct:
        return False
    mime = ct.split(";")[0].strip().lower()
    typ, _, sub = mime.partition("/")
    return typ == "application" and (sub == "json" or sub.endswith("+json"))


_SERDE_DEPTH = 128


def _no_constant(name: str) -> Any:
    raise ValueError(f"expected value ({name} is not JSON)")


def _serde_limits(obj: Any) -> None:
    """What serde_json rejects and Python accepts: nesting past 128 levels, lone surrogates."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if any("\ud800" <= ch <= "\udfff" for ch in value):
                raise ValueError("lone leading surrogate in hex escape")
        elif isinstance(value, (dict, list)):
            if depth > _SERDE_DEPTH:
                raise ValueError("recursion limit exceeded")
            items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
            for key, item in items:
                stack.append((item, depth + 1))
                if key is not None:
                    stack.append((key, depth + 1))


def serde_loads(body: bytes) -> Any:
    """``serde_json::from_slice``: ``ValueError`` for what serde rejects (bad JSON, ``NaN``, nesting
    past its recursion limit, lone surrogates) — never ``RecursionError``."""
    try:
        obj = json.loads(body, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("recursion limit exceeded") from None
    _serde_limits(obj)
    return obj


def axum_json(ctx: Ctx, spec: Spec | None = None, what: str = "Body", *, array_of: bool = False) -> Any:
    """``axum::Json<T>``: 415 / 400 / 422 text/plain rejections."""
    if not _content_type_ok(ctx.headers):
        raise HttpError(text(415, "Expected request with `Content-Type: application/json`"))
    try:
        obj = json.loads(ctx.body, parse_constant=_no_constant)
        _serde_limits(obj)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HttpError(text(400, f"Failed to parse the request body as JSON: {exc}")) from None
    except RecursionError:
        raise HttpError(
            text(400, "Failed to parse the request body as JSON: recursion limit exceeded")
        ) from None
    err = None
    if array_of:
        if not isinstance(obj, list):
            err = f"invalid type: {_type_name(obj)}, expected a sequence"
        else:
            for item in obj:
                err = shape_error(item, spec or {}, what)
                if err:
                    break
    elif spec is not None:
        err = shape_error(obj, spec, what)
    if err:
        raise HttpError(text(422, f"Failed to deserialize the JSON body into the target type: {err}"))
    return obj


def json_or_bad_request(ctx: Ctx, spec: Spec, what: str) -> dict[str, Any]:
    """R7 ``JsonOrBadRequest`` (POST /memories): every rejection -> 400 ``{"error","fields"}``."""
    try:
        return axum_json(ctx, spec, what)  # type: ignore[no-any-return]
    except HttpError as exc:
        status = exc.response.status_code
        body = bytes(exc.response.body).decode()
        if status == 415:
            raise fail(400, "expected Content-Type: application/json", fields=[]) from None
        if status == 400:
            raise fail(400, "malformed JSON body", fields=[]) from None
        if "missing field `" in body:
            name = body.split("missing field `", 1)[1].split("`", 1)[0]
            raise fail(400, f"missing required field: {name}", fields=[name]) from None
        raise fail(400, "invalid request body", fields=[]) from None


def raw_json_value(ctx: Ctx) -> Any:
    """``Json<serde_json::Value>``: content type + syntax checks only."""
    return axum_json(ctx, None)


def query_parse(ctx: Ctx, spec: Spec) -> dict[str, Any]:
    """``axum::extract::Query<T>``: failures are 400 text/plain."""
    out: dict[str, Any] = {}
    for k, raw in ctx.query_pairs:
        if k not in spec:
            continue
        if k in out:  # serde's derived struct visitor: a field given twice is an error
            raise HttpError(text(400, f"Failed to deserialize query string: duplicate field `{k}`"))
        kind = spec[k][0]
        val: Any = raw
        try:
            if kind in ("int", "uint"):
                val = int(raw)
                if not _in_range(kind, val):
                    raise ValueError
            elif kind == "float":
                val = float(raw)
            elif kind == "bool":
                if raw not in ("true", "false"):
                    raise ValueError
                val = raw == "true"
            elif kind.startswith("enum:") and raw not in kind[5:].split("|"):
                raise ValueError
        except ValueError:
            raise HttpError(
                text(400, f"Failed to deserialize query string: {k}: invalid value: {raw!r}")
            ) from None
        out[k] = val
    for k, (_, required) in spec.items():
        if required and k not in out:
            raise HttpError(text(400, f"Failed to deserialize query string: missing field `{k}`"))
    return out

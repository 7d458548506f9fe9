"""Building the ``httpx.Request`` of one call: URL, query, headers, auth, body, timeout; TLS setup."""

from __future__ import annotations

import json
import math
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Union

import httpx

from . import _serialize as ser
from ._constants import user_agent
from ._exceptions import ClientValidationError
from ._profile import APIProfile
from ._runtime import NOT_GIVEN, NotGiven, Operation, RequestOptions, resolve
from ._validation import RequestValidationError, validate_body

__all__ = [
    "CallSettings",
    "CertTypes",
    "PreparedCall",
    "TimeoutTypes",
    "check_option",
    "prepare_call",
    "ssl_config",
    "to_timeout",
    "wire_body",
]

TimeoutTypes = Union[float, httpx.Timeout, None]  # noqa: UP007 (a runtime alias; py310-safe)
"""A timeout: seconds (all phases), an ``httpx.Timeout``, or None (no timeout)."""

CertTypes = Union[str, tuple[str, str], tuple[str, str, str]]  # noqa: UP007
"""A client certificate: ``certfile``, ``(certfile, keyfile)`` or ``(certfile, keyfile, password)``."""

_USER_AGENT = user_agent()
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)
"""Compact JSON of request bodies (one encoder: ``json.dumps`` with options builds one a call)."""


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """``value`` as an ``httpx.Timeout`` (a number applies to every phase; None disables)."""
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def ssl_config(verify: ssl.SSLContext | str | bool, cert: CertTypes | None) -> ssl.SSLContext | bool:
    """What to pass as httpx's ``verify=``: a CA bundle path and/or client cert become a context."""
    if cert is None and not isinstance(verify, str):
        return verify
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif isinstance(verify, str):
        context = ssl.create_default_context(cafile=verify)
    else:
        context = ssl.create_default_context()
        if not verify:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
    if cert is not None:
        if isinstance(cert, str):
            context.load_cert_chain(cert)
        else:
            context.load_cert_chain(*cert)
    return context


def check_option(profile: APIProfile, name: str, value: Any) -> None:
    """Raise the profile's client validation error when ``profile.option_validators`` rejects ``value``."""
    check = profile.option_validators.get(name)
    if check is None or value is None or isinstance(value, NotGiven):
        return
    problem = check(value)
    if problem:
        raise profile.client_validation_error(f"{profile.name}: invalid {name}: {problem}", param=name)


@dataclass(frozen=True)
class CallSettings:
    """The client configuration a request is built from."""

    profile: APIProfile
    base_url: str
    api_key: str | None
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]
    options: Mapping[str, Any]
    validate_requests: bool = True
    strict_responses: bool = False


@dataclass
class PreparedCall:
    """One operation call, built once and re-sent unchanged on each retry.

    ``strict_responses``: raise on a response that differs from the spec instead of reading
    what it can (the call's option, else the client's).
    """

    operation: Operation
    request: httpx.Request
    max_retries: int
    raw: bool
    timeouts: dict[str, float | None]
    """The per-phase timeouts asked for (each attempt's are clipped to the call's deadline)."""
    strict_responses: bool = False
    deadline_at: float = math.inf
    """``time.monotonic()`` by which the call must be over (set when sending starts)."""
    strict_deadline: bool = False
    """True for a deadline the caller set; a default one is extended by the waits a server asks for."""


def build_headers(
    settings: CallSettings,
    operation: Operation,
    headers: Mapping[str, Any] | None,
    extra: Mapping[str, str | None] | None,
    has_body: bool,
) -> list[tuple[str, Any]] | httpx.Headers:
    """Defaults < client ``headers=`` < auth < the call's headers (and header options) < ``extra_headers``.

    An ``extra_headers`` value of None removes that header. Built as ``httpx.Headers`` would build
    it (a later value replaces an earlier one of any case; an ``update`` moves it last), in a
    plain dict: ``httpx`` builds its own ``Headers`` from the result once.
    """
    result: dict[str, tuple[str, Any]] = {
        "accept": ("Accept", "application/json"),
        "user-agent": ("User-Agent", _USER_AGENT),
    }
    if settings.headers:
        _update(result, settings.headers)
    profile = settings.profile
    if operation.security:
        if profile.operation_auth is not None:
            _update(result, profile.operation_auth(operation, settings.api_key, settings.options))
        elif settings.api_key and profile.auth is not None:
            _update(result, profile.auth(settings.api_key))
    if has_body:
        _set(result, "Content-Type", operation.content_type or "application/json")
    given = {k: v for k, v in (headers or {}).items() if v is not None and not isinstance(v, NotGiven)}
    for wire, option in operation.header_options.items():
        if wire in given:
            check_option(profile, option, given[wire])
        elif settings.options.get(option) is not None:
            given[wire] = settings.options[option]
    for name, value in given.items():
        _set(result, name, ser.to_query_value(value))
    for name, extra_value in (extra or {}).items():
        if extra_value is None:
            result.pop(name.lower(), None)
        else:
            _set(result, name, extra_value)
    items = list(result.values())
    if all(type(value) is str and _sendable(value) for _, value in items):
        return items
    checked = httpx.Headers(items)  # a value httpx would refuse raises here, as it would have
    for name, value in checked.items():
        if not _sendable(value):
            raise profile.client_validation_error(
                f"{operation.name}: the {name} header cannot be sent: its value has a control "
                "character, a non-ASCII character or surrounding whitespace (a key read from a file "
                "with its trailing newline?)",
                param="api_key" if name.lower() in _credential_headers(profile) else name,
            )
    return checked


def _set(result: dict[str, tuple[str, Any]], name: str, value: Any) -> None:
    """``httpx.Headers.__setitem__``: replace in place, under the new name's case."""
    if not (type(value) is str and value.isascii()):
        httpx.Headers({name: value})  # a value httpx cannot encode raises as it always did
    result[name.lower()] = (name, value)


def _update(result: dict[str, tuple[str, Any]], values: Mapping[str, Any]) -> None:
    """``httpx.Headers.update``: each name is removed, then appended."""
    for name, value in values.items():
        _set(result, name, value)
        result[name.lower()] = result.pop(name.lower())


_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\x20\x09]*[\x21-\x7e])*)?")
"""What h11 accepts as a field value, restricted to ASCII (httpx encodes header strings as ASCII)."""


def _sendable(value: str) -> bool:
    """Whether ``value`` matches :data:`_HEADER_VALUE` (printable ASCII without surrounding
    spaces, the common case, is decided without the regular expression)."""
    if value.isascii() and value.isprintable() and value[:1] != " " and value[-1:] != " ":
        return True
    return _HEADER_VALUE.fullmatch(value) is not None


def _credential_headers(profile: APIProfile) -> frozenset[str]:
    return frozenset(h.lower() for h in profile.secret_headers)


def prepare_call(
    http: httpx.Client | httpx.AsyncClient,
    settings: CallSettings,
    operation: Operation,
    *,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    headers: Mapping[str, Any] | None,
    body: Any,
    options: RequestOptions,
    raw: bool,
) -> PreparedCall:
    """Serialise the call's arguments into a :class:`PreparedCall` (raises the client validation error).

    Arguments that cannot go on the wire (a non-ASCII header value or API key, a lone surrogate in
    a path or query value, a self-referencing body, a URL past httpx's limits) are refused with
    that error too — naming what failed, never echoing the value (it may be the API key).
    """
    invalid = settings.profile.client_validation_error
    try:
        return _build_call(http, settings, operation, path, query, headers, body, options, raw)
    except UnicodeError as error:
        raise invalid(
            f"{operation.name}: an argument cannot be sent: a header value (or the API key) is not "
            f"ASCII, or a path/query value has a lone surrogate ({getattr(error, 'reason', '')})"
        ) from None
    except httpx.InvalidURL as error:
        raise invalid(f"{operation.name}: the URL cannot be built ({str(error).split(',')[0]})") from None
    except RecursionError:
        raise invalid(f"{operation.name}: an argument is nested too deeply or refers to itself") from None


def _build_call(
    http: httpx.Client | httpx.AsyncClient,
    settings: CallSettings,
    operation: Operation,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    headers: Mapping[str, Any] | None,
    body: Any,
    options: RequestOptions,
    raw: bool,
) -> PreparedCall:
    invalid = settings.profile.client_validation_error
    csv = frozenset(operation.sdk.get("csv") or ())
    query, data = wire_body(settings, operation, query, body, options)
    url = settings.base_url + ser.build_path(operation, path, invalid)
    params: Any = ser.build_query(query, options.get("extra_query"), csv)
    content: bytes | None = None
    if data is not ser.NO_BODY:
        try:
            content = _JSON.encode(data).encode()
        except (TypeError, ValueError) as error:
            raise invalid(f"{operation.name}: the request body is not JSON-serialisable: {error}") from None
    timeout = options.get("timeout", NOT_GIVEN)
    request = http.build_request(
        operation.method,
        url,
        params=params or None,
        headers=build_headers(
            settings, operation, headers, options.get("extra_headers"), content is not None
        ),
        content=content,
        timeout=settings.timeout if isinstance(timeout, NotGiven) else to_timeout(timeout),
    )
    max_retries = options.get("max_retries", NOT_GIVEN)
    budget = settings.max_retries if isinstance(max_retries, NotGiven) else max_retries
    strict = options.get("strict_responses", NOT_GIVEN)
    strict = settings.strict_responses if isinstance(strict, NotGiven) else bool(strict)
    timeouts = dict(request.extensions.get("timeout") or {})
    return PreparedCall(operation, request, budget, raw, timeouts, strict)


def wire_body(
    settings: CallSettings,
    operation: Operation,
    query: Mapping[str, Any] | None,
    body: Any,
    options: RequestOptions,
) -> tuple[Mapping[str, Any] | None, Any]:
    """The call's query and its JSON-compatible body as they go on the wire (or ``NO_BODY``).

    Applies the scope defaults, ``extra_body``, the null rule and ``x-sdk.csv``, then validates
    the body against the spec when ``validate_requests`` is on (raising the client validation
    error that names the field). An API that sends the same call another way (memories.sh's MCP
    transport) starts from this.
    """
    profile = settings.profile
    invalid = profile.client_validation_error
    query, body = apply_scope_defaults(settings, operation, query, body)
    data = ser.build_body(
        operation,
        body,
        options.get("extra_body"),
        send_null=profile.send_null,
        csv=frozenset(operation.sdk.get("csv") or ()),
        validation_error=invalid,
    )
    if settings.validate_requests and data is not ser.NO_BODY:
        check_body(operation, data, invalid)
    return query, data


def apply_scope_defaults(
    settings: CallSettings, operation: Operation, query: Mapping[str, Any] | None, body: Any
) -> tuple[Mapping[str, Any] | None, Any]:
    """Fill the operation's scope (``x-sdk.scope``) from the client's defaults; drop an empty scope.

    A value passed to the call wins over the client's; the scope object is left out entirely
    when nothing is set, since the server treats an absent scope as "no scope".
    """
    where = operation.sdk.get("scope")
    scope_options = settings.profile.scope_options
    if not where or not scope_options:
        return query, body
    defaults = {
        wire: settings.options.get(option)
        for wire, option in scope_options.items()
        if settings.options.get(option) is not None
    }
    if where == "query":
        merged_query = dict(query or {})
        for wire, value in defaults.items():
            if _absent(merged_query.get(wire)):
                merged_query[wire] = value
        return merged_query, body
    if where == "body" and isinstance(body, Mapping):
        given = body.get("scope")
        scope = (
            {k: v for k, v in (given or {}).items() if not _absent(v)} if isinstance(given, Mapping) else {}
        )
        for wire, value in defaults.items():
            scope.setdefault(wire, value)
        merged_body = {k: v for k, v in body.items() if k != "scope"}
        if scope:
            merged_body["scope"] = scope
        return query, merged_body
    return query, body


def _absent(value: Any) -> bool:
    return value is None or isinstance(value, NotGiven)


def check_body(operation: Operation, data: Any, invalid: type[ClientValidationError]) -> None:
    """Validate a serialised body against the operation's request model (``x-sdk.validate`` opts out)."""
    if operation.request_model is None or operation.sdk.get("validate", True) is False:
        return
    model = resolve(operation.package, operation.request_model)
    try:
        validate_body(model, data, array=operation.request_array)
    except RequestValidationError as error:
        raise invalid(f"{operation.name}: {error}", param=error.field or None) from None

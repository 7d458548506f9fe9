"""From an ``httpx.Response`` to the typed result, the raw-response object, or the API's error.

A documented JSON body is validated straight from its bytes by pydantic; only when that fails
does the drift-tolerant reading of :mod:`._lenient` run, which returns what could be read and
logs each deviation once per (operation, field) — or, with ``strict_responses``, raises naming
them all. Parsing never leaks ``KeyError``, ``JSONDecodeError`` or pydantic's
``ValidationError``: every failure (a body that is not JSON, or not of the expected top-level
kind) becomes the profile's ``response_validation_error`` carrying status, body text, request
and response.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import pydantic

from ._exceptions import APIStatusError
from ._lenient import Drift, WrongShape, validate_json, validate_python
from ._logs import logger

if TYPE_CHECKING:
    from ._profile import APIProfile
    from ._redact import Redactor
    from ._runtime import Operation

__all__ = [
    "APIResponse",
    "ResponseDrift",
    "build_status_error",
    "decode_body",
    "parse_success",
    "report_drift",
]

T = TypeVar("T")

_PARSE_ERRORS = (
    pydantic.ValidationError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    RecursionError,  # JSON nested deeper than the interpreter's stack
)


def decode_body(response: httpx.Response) -> Any:
    """The body as parsed JSON when it is JSON, else as text; None when empty."""
    content = response.content
    if not content.strip():
        return None
    text = response.text
    ctype = response.headers.get("content-type", "").lower()
    if "json" in ctype or text.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            return text
    return text


def _invalid(operation: Operation, response: httpx.Response, profile: APIProfile, reason: str) -> Exception:
    try:
        text: str = response.text
    except Exception:  # undecodable bytes
        text = repr(response.content[:200])
    snippet = text[:200] + ("…" if len(text) > 200 else "")
    message = (
        f"{profile.name}: could not parse the {response.status_code} response to {operation.name}: "
        f"{reason}; body: {snippet!r}"
    )
    return profile.response_validation_error(message, response=response, body=text)


def _validate(model: Any, data: Any) -> tuple[Any, list[Drift]]:
    if model is None:
        return data, []
    return validate_python(model, data)


def _unwrap(data: Any, spec: Mapping[str, Any]) -> Any:
    inner = data[spec["field"]]
    merge = spec.get("merge") or ()
    if merge:
        inner = {**inner, **{key: data[key] for key in merge if key in data}}
    return inner


def parse_success(
    operation: Operation, response: httpx.Response, profile: APIProfile, *, strict: bool = False
) -> Any:
    """Parse a 2xx response into the documented result (see the module docstring).

    A body that differs from the spec is read as far as it goes (``_lenient``) and each
    deviation logged once at WARNING; with ``strict`` any deviation raises instead.
    """
    status = response.status_code
    content = response.content
    documented = status in operation.responses
    target = operation.response_model(status) if documented else None
    if documented and target is None:
        return None
    if status == 204 and not any(operation.response_model(s) for s in operation.responses if 200 <= s < 300):
        return None
    if status == 204:  # no body where the operation documents one
        raise _invalid(operation, response, profile, "204 No Content where a body was documented")
    if target == "text":
        return response.text
    if target == "bytes":
        return response.content
    if target == "json":  # a documented JSON value with no model: decoded, hooks applied, not validated
        target = None
    if not content.strip():
        if documented:
            raise _invalid(operation, response, profile, "empty body where JSON was expected")
        return None
    if documented and operation.response_nullable(status) and content.strip() == b"null":
        return None
    unwrap = operation.sdk.get("unwrap")
    try:
        if documented and target is not None and not unwrap and profile.unwrap_success is None:
            result, drifts = validate_json(target, content)  # straight from bytes: pydantic's speed
            body: Any = None
        else:
            try:
                body = json.loads(content)
            except ValueError:
                if documented:
                    raise
                return response.text  # an undocumented non-JSON success body: hand back the text
            hook = profile.unwrap_success
            data = body if hook is None else hook(operation, response, body)
            if unwrap:
                data = _unwrap(data, unwrap)
                target = operation.sdk_model("returns")
            result, drifts = _validate(target, data)
        if drifts:
            report_drift(operation, drifts, strict)
        if profile.decorate_result is not None:
            result = profile.decorate_result(result, operation, response, body)
        return result
    except _PARSE_ERRORS as error:
        raise _invalid(operation, response, profile, _reason(error)) from None


_warned: set[tuple[str, str]] = set()


def report_drift(operation: Operation, drifts: list[Drift], strict: bool) -> None:
    """Raise ``ResponseDrift`` naming every deviation when ``strict``; else warn once per
    (operation, field path) on the SDK's logger."""
    if strict:
        raise ResponseDrift(drifts)
    for drift in drifts:
        key = (operation.name, drift.path)
        if key not in _warned:
            _warned.add(key)
            logger.warning(
                "the response to %s differs from the spec at %s: %s%s (kept what could be read; "
                "strict_responses=True raises instead)",
                operation.name,
                drift.path or "<root>",
                drift.kind,
                f" ({drift.detail})" if drift.detail else "",
            )


class ResponseDrift(ValueError):
    """A response that differs from the spec, in strict mode: names every deviation."""

    def __init__(self, drifts: list[Drift]) -> None:
        self.drifts = drifts
        named = list(dict.fromkeys(str(d) for d in drifts))  # one list item's path names all rows
        listed = "; ".join(named)
        super().__init__(f"{len(named)} field(s) differ from the spec (strict_responses): {listed}")


def _reason(error: BaseException) -> str:
    if isinstance(error, pydantic.ValidationError):
        details = error.errors()
        if details and details[0]["type"] == "json_invalid":
            return f"invalid JSON ({details[0]['msg']})"
        loc = ".".join(str(p) for p in details[0]["loc"]) if details else ""
        msg = details[0]["msg"] if details else ""
        return f"{error.error_count()} validation error(s), first at {loc or '<root>'}: {msg}"
    if isinstance(error, (ResponseDrift, WrongShape)):
        return str(error)
    if isinstance(error, json.JSONDecodeError):
        return f"invalid JSON ({error.msg} at char {error.pos})"
    if isinstance(error, KeyError):
        return f"missing key {error}"
    return f"{type(error).__name__}: {error}"


def build_status_error(
    operation: Operation, response: httpx.Response, profile: APIProfile, redactor: Redactor
) -> Exception:
    """The API's exception for a non-success ``response``, with request id set and secrets redacted."""
    body = decode_body(response)
    error: Exception
    if not operation.served and response.status_code == 404 and body is None:
        noun = profile.server_noun
        error = profile.unsupported_endpoint_error(
            f"{profile.name}: the {noun} has no such route ({operation.method} {operation.path}, "
            f"operation {operation.name}); no released {noun} version serves it",
            response=response,
            body=None,
        )
    else:
        error = profile.status_error(operation, response, body)
    if isinstance(error, APIStatusError) and error.request_id is None:
        try:
            error.request_id = profile.request_id(response, body)
        except _PARSE_ERRORS:
            error.request_id = None
    redactor.scrub_exception(error)
    return error


class APIResponse(Generic[T]):
    """One HTTP exchange, as returned by ``with_raw_response`` methods (``request(..., raw=True)``).

    Attributes:
        http_request / http_response: the underlying httpx objects.
        status_code, headers, content: status, headers and raw bytes of the response.
        elapsed: time of the final attempt, from sending to the body being read.
        retries_taken: how many retries preceded this response.
        operation: the operation descriptor.
    """

    def __init__(
        self,
        *,
        http_response: httpx.Response,
        operation: Operation,
        retries_taken: int,
        elapsed: _dt.timedelta,
        parser: Callable[[], T],
        request_id: Callable[[], str | None],
    ) -> None:
        self.http_response = http_response
        self.http_request: httpx.Request = http_response.request
        self.operation = operation
        self.retries_taken = retries_taken
        self.elapsed = elapsed
        self._parser = parser
        self._request_id = request_id
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw response body."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The response body decoded as text."""
        return self.http_response.text

    @property
    def request_id(self) -> str | None:
        """The request id the API reports (header or body), when it gives one."""
        try:
            return self._request_id()
        except _PARSE_ERRORS:
            return None

    def json(self) -> Any:
        """The body as JSON (raises ``ValueError`` when it is not JSON)."""
        return json.loads(self.http_response.content)

    def parse(self) -> T:
        """The typed result, exactly as the non-raw method returns it (parsed once, then cached)."""
        if self._parsed is None:
            self._parsed = (self._parser(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.operation.name} retries_taken={self.retries_taken}>"

"""Keeping secrets out of logs, reprs, error messages, ``error.request`` and pickles."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

import httpx

from ._constants import REDACTED, SECRET_HEADER_NAMES

__all__ = ["Redactor", "redact_request"]

_MIN_SECRET = 4


def _spellings(secret: str) -> set[str]:
    """The ways a secret shows up in text: verbatim, stripped, escaped (repr/JSON/bytes), URL-quoted.

    A key read from a file with a stray newline appears escaped in h11's and httpx's messages
    (``b'sk-…\\n'``), so the literal alone is not enough.
    """
    found = {secret, secret.strip()}
    found.add(repr(secret)[1:-1])
    found.add(json.dumps(secret)[1:-1])
    found.add(json.dumps(secret, ensure_ascii=False)[1:-1])
    raw = secret.encode("utf-8", "surrogatepass")
    found.add(repr(raw)[2:-1])
    found.add(raw.decode("latin-1"))
    found.add(quote(secret, safe=""))
    found.add(quote_plus(secret))
    for variant in list(found):
        found.add(variant.strip())
    return {s for s in found if len(s) >= _MIN_SECRET}


def redact_request(
    request: httpx.Request,
    secret_headers: Iterable[str] = SECRET_HEADER_NAMES,
    redactor: Redactor | None = None,
) -> httpx.Request:
    """A copy of ``request`` with secret header values (and known secrets in URL and body) hidden."""
    hidden = frozenset(h.lower() for h in secret_headers)
    text = redactor.text if redactor is not None else (lambda s: s)
    headers = [
        (name, REDACTED if name.lower() in hidden else text(value))
        for name, value in request.headers.multi_items()
    ]
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    if redactor is not None and content:
        content = redactor.text(content.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    url = redactor.url(request.url) if redactor is not None else str(request.url)
    return httpx.Request(request.method, url, headers=headers, content=content)


class Redactor:
    """Replaces known secret values and the values of secret headers / query parameters.

    Args:
        secrets: literal secret strings (API key, webhook secret …) scrubbed from any text, in
            every spelling they may take (stripped, escaped, URL-quoted).
        secret_headers: header names (case-insensitive) whose values are hidden.
        secret_query_params: query parameter names whose values are hidden in URLs.
    """

    __slots__ = ("_secret_fields", "_secret_headers", "_secret_query", "_secrets")

    def __init__(
        self,
        secrets: Iterable[str | None] = (),
        *,
        secret_headers: Iterable[str] = (),
        secret_query_params: Iterable[str] = (),
        secret_fields: Iterable[str] = (),
    ) -> None:
        # Longest first, so a secret containing another is replaced whole. Tiny values are ignored
        # (replacing "a" everywhere would garble messages without protecting anything).
        spellings: set[str] = set()
        for secret in secrets:
            if secret and len(secret) >= _MIN_SECRET:
                spellings |= _spellings(secret)
        self._secrets = sorted(spellings, key=len, reverse=True)
        self._secret_headers = frozenset(h.lower() for h in secret_headers)
        self._secret_query = frozenset(q.lower() for q in secret_query_params)
        self._secret_fields = frozenset(secret_fields)

    def _with(self, values: Iterable[str]) -> Redactor:
        """This redactor, also scrubbing ``values`` (secrets a request body carried)."""
        extra = set()
        for value in values:
            extra |= _spellings(value) if len(value) >= _MIN_SECRET else set()
        clone = Redactor.__new__(Redactor)
        clone._secrets = sorted(set(self._secrets) | extra, key=len, reverse=True)
        clone._secret_headers, clone._secret_query = self._secret_headers, self._secret_query
        clone._secret_fields = self._secret_fields
        return clone

    def for_request(self, request: httpx.Request | None) -> Redactor:
        """This redactor, extended with the values of the secret fields of ``request``'s JSON body
        (fields the spec marks ``format: password``, e.g. a webhook ``secret``)."""
        if not self._secret_fields or request is None:
            return self
        found = _secret_values(_json_body(request), self._secret_fields)
        return self._with(found) if found else self

    def text(self, value: str) -> str:
        """``value`` with every known secret replaced by ``[REDACTED]``."""
        for secret in self._secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value

    def headers(self, headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
        """A copy of ``headers`` with the values of secret headers (and known secrets) hidden."""
        items = headers.items() if isinstance(headers, Mapping) else headers
        return {
            name: REDACTED if name.lower() in self._secret_headers else self.text(value)
            for name, value in items
        }

    def url(self, url: object) -> str:
        """``url`` as text with secret query values (e.g. ``api_key=…``) and known secrets hidden."""
        text = str(url)
        parts = urlsplit(text)
        if parts.query:
            pairs = parse_qsl(parts.query, keep_blank_values=True)
            if any(k.lower() in self._secret_query for k, _ in pairs):
                query = urlencode(
                    [(k, REDACTED if k.lower() in self._secret_query else v) for k, v in pairs], safe="[]"
                )
                text = urlunsplit(parts._replace(query=query))
        return self.text(text)

    def request(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` safe to keep on an error (and to pickle): secret headers, query
        values and body fields hidden, known secrets scrubbed everywhere."""
        scrubber = self.for_request(request)
        data = _json_body(request) if self._secret_fields else None
        if data is not None and _secret_values(data, self._secret_fields):
            try:
                content = json.dumps(_hide_fields(data, self._secret_fields), ensure_ascii=False).encode()
            except (ValueError, RecursionError):  # the text scrub below still hides the values
                content = request.content
            request = httpx.Request(request.method, request.url, headers=request.headers, content=content)
        return redact_request(request, self._secret_headers | SECRET_HEADER_NAMES, scrubber)

    def scrub_exception(self, error: BaseException) -> BaseException:
        """Redact ``error`` in place and return it: message, args, ``request``/``response.request``
        and string ``body``; the same for the exceptions it was raised from (tracebacks print them).
        """
        seen: set[int] = set()
        current: BaseException | None = error
        attrs: dict[str, Any] = getattr(error, "__dict__", {})
        request = attrs.get("request", attrs.get("_request"))
        scrubber = self.for_request(request if isinstance(request, httpx.Request) else None)
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            scrubber._scrub_one(current)
            current = current.__cause__ or current.__context__
        return error

    def _scrub_one(self, error: BaseException) -> None:
        attrs: dict[str, Any] = getattr(error, "__dict__", {})
        if isinstance(attrs.get("message"), str):
            attrs["message"] = self.text(attrs["message"])
        if isinstance(attrs.get("body"), str):
            attrs["body"] = self.text(attrs["body"])
        error.args = tuple(self.text(a) if isinstance(a, str) else a for a in error.args)
        request = attrs.get("request") if "request" in attrs else attrs.get("_request")
        if isinstance(request, httpx.Request):
            clean = self.request(request)
            attrs["request" if "request" in attrs else "_request"] = clean
            response = attrs.get("response")
            if isinstance(response, httpx.Response):
                response.request = clean


def _json_body(request: httpx.Request) -> Any:
    """The request's JSON body, or None (no body, not read yet, not JSON)."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        return None
    if not content or content[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def _secret_slots(data: Any, fields: frozenset[str]) -> list[tuple[dict[str, Any], str]]:
    """``(object, key)`` of every string value of ``fields`` anywhere in ``data`` (iteratively:
    bodies may nest deeply)."""
    slots: list[tuple[dict[str, Any], str]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in fields and isinstance(value, str):
                    slots.append((node, key))
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(item for item in node if isinstance(item, (dict, list)))
    return slots


def _secret_values(data: Any, fields: frozenset[str]) -> list[str]:
    """The string values of ``fields`` anywhere in ``data``."""
    return [node[key] for node, key in _secret_slots(data, fields)]


def _hide_fields(data: Any, fields: frozenset[str]) -> Any:
    """``data`` with the values of ``fields`` replaced by ``[REDACTED]`` (in place: a parsed copy)."""
    for node, key in _secret_slots(data, fields):
        node[key] = REDACTED
    return data

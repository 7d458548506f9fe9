"""Keeping secrets out of logs, reprs and error messages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._constants import REDACTED

__all__ = ["Redactor"]


class Redactor:
    """Replaces known secret values and the values of secret headers / query parameters.

    Args:
        secrets: literal secret strings (API key, webhook secret …) scrubbed from any text.
        secret_headers: header names (case-insensitive) whose values are hidden.
        secret_query_params: query parameter names whose values are hidden in URLs.
    """

    __slots__ = ("_secret_headers", "_secret_query", "_secrets")

    def __init__(
        self,
        secrets: Iterable[str | None] = (),
        *,
        secret_headers: Iterable[str] = (),
        secret_query_params: Iterable[str] = (),
    ) -> None:
        # Longest first, so a secret containing another is replaced whole. Tiny values are ignored
        # (replacing "a" everywhere would garble messages without protecting anything).
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)
        self._secret_headers = frozenset(h.lower() for h in secret_headers)
        self._secret_query = frozenset(q.lower() for q in secret_query_params)

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

    def scrub_exception(self, error: BaseException) -> BaseException:
        """Redact secrets in the message of ``error`` in place, and return it."""
        message = getattr(error, "message", None)
        if isinstance(message, str):
            error.message = self.text(message)  # type: ignore[attr-defined]
        error.args = tuple(self.text(a) if isinstance(a, str) else a for a in error.args)
        return error

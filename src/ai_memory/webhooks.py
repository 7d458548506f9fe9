"""Receiving the daemon's webhook deliveries: verify, parse, acknowledge (reference §8).

The daemon signs each delivery with::

    X-AI-Memory-Timestamp: <unix seconds>
    X-AI-Memory-Signature: sha256=<hex of HMAC-SHA256(key, "<timestamp>.<raw body>")>

where ``key`` is the SHA-256 digest (32 raw bytes) of the subscription's plaintext ``secret``.
The receiver must answer 2xx with ``{"status": "ack", "correlation_id": "<the delivery's id>"}``
(:func:`webhook_ack`) within 5 s, or the daemon counts the attempt as failed and retries.

Verification never raises on malformed input (it returns False); only the published SDK's
three-argument call form, which can never succeed, raises :class:`WebhookTimestampRequiredError`.

A signature proves who sent a delivery, not that it is the first time you see it: a captured
delivery verifies again for as long as its timestamp is within the tolerance. De-duplicate on
``correlation_id`` (the daemon also retries deliveries with the same id): :class:`ReplayGuard`.

Example (any web framework)::

    event = parse_webhook(request.body, request.headers, secret=SECRET)  # raises if forged
    handle(event)
    return JSONResponse(webhook_ack(event.correlation_id))
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, get_args
from uuid import UUID

from ._exceptions import InvalidArgumentError, WebhookTimestampRequiredError, WebhookVerificationError
from ._replay import ReplayGuard

if TYPE_CHECKING:
    from _ai_memory_api.models import OpenObject, WebhookEvent

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "ReplayGuard",
    "parse_webhook",
    "sign_webhook",
    "verify_webhook_signature",
    "webhook_ack",
    "webhook_event_types",
]

SIGNATURE_HEADER: Final = "X-AI-Memory-Signature"
"""The header carrying ``sha256=<hex>``."""
TIMESTAMP_HEADER: Final = "X-AI-Memory-Timestamp"
"""The header carrying the signing time (unix seconds), part of the signed message."""
CORRELATION_HEADER: Final = "X-AI-Memory-Correlation-Id"
"""The header carrying the delivery's correlation id (also in the body)."""
DEFAULT_TOLERANCE: Final = 300
"""Seconds a timestamp may differ from now, in either direction."""

_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")


class _Missing:
    def __repr__(self) -> str:
        return "<required>"


_MISSING: Final = _Missing()


def _as_bytes(body: object) -> bytes | None:
    """``body`` as bytes; None for another type or a ``str`` that is not valid UTF-8 (a surrogate)."""
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    if isinstance(body, str):
        try:
            return body.encode("utf-8")
        except UnicodeEncodeError:
            return None
    return None


def _expected(body: bytes, secret: str | bytes, timestamp: str) -> str | None:
    """The hex signature, or None when the secret is a ``str`` that is not valid UTF-8."""
    raw = _as_bytes(secret)
    if raw is None:
        return None
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(hashlib.sha256(raw).digest(), message, hashlib.sha256).hexdigest()


def _fresh(timestamp: int, tolerance: object, now: object) -> bool:
    """Whether ``timestamp`` is within ``tolerance`` of ``now``; False for NaN or a non-number."""
    numbers = (int, float)
    if isinstance(tolerance, bool) or not isinstance(tolerance, numbers):
        return False
    current = time.time() if now is None else now
    if isinstance(current, bool) or not isinstance(current, numbers):
        return False
    return abs(current - timestamp) <= tolerance  # NaN compares False: never "fresh"


def verify_webhook_signature(
    body: bytes | str,
    signature: str | None,
    secret: str | bytes | None = None,
    *,
    timestamp: str | int | _Missing | None = _MISSING,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> bool:
    """Whether ``signature`` is the daemon's signature of ``body`` at ``timestamp``.

    Args:
        body: the raw request body, exactly as received (not re-encoded JSON).
        signature: the ``X-AI-Memory-Signature`` header (``sha256=<hex>``).
        secret: the subscription's plaintext secret (the one passed to ``subscribe``).
        timestamp: the ``X-AI-Memory-Timestamp`` header. Required: the daemon signs it. Pass
            None when the header is missing (the result is then False).
        tolerance: seconds the timestamp may be away from now, either way (None: no check).
        now: the current unix time (default ``time.time()``), for tests.

    Returns:
        True only for a well-formed, fresh, matching signature; False for anything else
        (missing or malformed header, wrong secret, stale or future timestamp, non-bytes body).

    Raises:
        WebhookTimestampRequiredError: ``timestamp=`` was not passed at all (the published SDK's
            three-argument form, which cannot verify a real delivery).
    """
    if isinstance(timestamp, _Missing):
        raise WebhookTimestampRequiredError(
            "verify_webhook_signature() needs timestamp=: the ai-memory daemon signs "
            f'"<{TIMESTAMP_HEADER}>.<raw body>" with SHA-256(secret) as the key, so pass '
            f"timestamp=request.headers[{TIMESTAMP_HEADER!r}] (or use parse_webhook(body, headers, "
            "secret)). The three-argument form of the published SDK can never verify a delivery."
        )
    raw = _as_bytes(body)
    if raw is None or not isinstance(signature, str) or secret is None:
        return False
    if not isinstance(secret, (str, bytes)) or isinstance(timestamp, bool):
        return False
    ts = str(timestamp).strip() if isinstance(timestamp, (str, int)) else ""
    match = _SIGNATURE.fullmatch(signature.strip())
    if match is None or not _TIMESTAMP.fullmatch(ts):
        return False
    if tolerance is not None and not _fresh(int(ts), tolerance, now):
        return False
    expected = _expected(raw, secret, ts)
    return expected is not None and hmac.compare_digest(expected, match.group(1).lower())


def sign_webhook(
    body: bytes | str,
    secret: str | bytes,
    *,
    timestamp: int | str | None = None,
    correlation_id: str | UUID | None = None,
) -> dict[str, str]:
    """The headers the daemon would send with ``body`` (for testing your receiver).

    Returns ``{"Content-Type", "X-AI-Memory-Timestamp", "X-AI-Memory-Signature"}`` plus
    ``X-AI-Memory-Correlation-Id`` when ``correlation_id`` is given. ``timestamp`` defaults to now.
    """
    if not isinstance(body, (bytes, bytearray, memoryview, str)):
        raise TypeError(f"body must be bytes or str, got {type(body).__name__}")
    raw = _as_bytes(body)
    if raw is None:
        raise InvalidArgumentError("body must be bytes or a str without lone surrogates", param="body")
    ts = str(int(time.time()) if timestamp is None else timestamp)
    if not _TIMESTAMP.fullmatch(ts):
        raise InvalidArgumentError("timestamp must be unix seconds", param="timestamp")
    expected = _expected(raw, secret, ts)
    if expected is None:
        raise InvalidArgumentError("secret must be bytes or a str without lone surrogates", param="secret")
    headers = {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: ts,
        SIGNATURE_HEADER: f"sha256={expected}",
    }
    if correlation_id is not None:
        headers[CORRELATION_HEADER] = str(correlation_id)
    return headers


def webhook_ack(correlation_id: str | UUID | Any) -> dict[str, str]:
    """The JSON body a receiver must answer with: ``{"status": "ack", "correlation_id": …}``.

    ``correlation_id`` may be the id itself or a parsed event (its ``correlation_id`` is used).
    """
    value = getattr(correlation_id, "correlation_id", correlation_id)
    return {"status": "ack", "correlation_id": str(value)}


def _header(headers: Mapping[str, Any] | Any, name: str) -> str | None:
    getter = getattr(headers, "get", None)
    if getter is None:
        return None
    value = getter(name)
    if value is None and isinstance(headers, Mapping):
        lowered = name.lower()
        value = next((v for k, v in headers.items() if isinstance(k, str) and k.lower() == lowered), None)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) else None


def webhook_event_types() -> dict[str, type[Any]]:
    """Event name → generated model class: the spec's webhook payloads, by their ``event`` literal."""
    global _EVENT_TYPES
    if _EVENT_TYPES is None:
        from _ai_memory_api import models

        found: dict[str, type[Any]] = {}
        for name in models._WEBHOOK_EVENTS:
            cls = getattr(models, name)
            field = cls.model_fields.get("event")
            for value in get_args(field.annotation) if field is not None else ():
                if isinstance(value, str):
                    found[value] = cls
        _EVENT_TYPES = found
    return dict(_EVENT_TYPES)


_EVENT_TYPES: dict[str, type[Any]] | None = None


def parse_webhook(
    body: bytes | str,
    headers: Mapping[str, Any] | Any,
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent | OpenObject:
    """Verify a delivery and return its typed event (``WebhookMemoryStoreEvent``, …).

    ``headers`` is any mapping with the request headers (case-insensitive lookups are tried).
    An event name this SDK does not know yet comes back as an ``OpenObject`` (read it with
    ``event["field"]``).

    ``approval_requested`` for a ``delete`` or ``promote`` carries the key ``memory_id`` twice:
    the pending action id (the envelope's), then the target memory. Unlike a plain ``json.loads``
    (which keeps only the target), both are kept: ``event.memory_id`` is the pending action id
    (pass it to ``approve_pending``) and ``event["target_memory_id"]`` is the memory it acts on.

    Raises:
        WebhookVerificationError: missing headers, bad signature, stale timestamp, or a body
            that is not a JSON object.
    """
    signature = _header(headers, SIGNATURE_HEADER)
    timestamp = _header(headers, TIMESTAMP_HEADER)
    if signature is None:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    if timestamp is None:
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    ok = verify_webhook_signature(body, signature, secret, timestamp=timestamp, tolerance=tolerance, now=now)
    if not ok:
        raise WebhookVerificationError("invalid signature or timestamp outside the tolerance")
    try:
        data = json.loads(_as_bytes(body) or b"", object_pairs_hook=_keep_repeated_memory_id)
    except ValueError:
        raise WebhookVerificationError("the body is not valid JSON") from None
    except RecursionError:
        raise WebhookVerificationError("the body is nested too deeply") from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("the body is not a JSON object")
    cls = webhook_event_types().get(str(data.get("event")))
    return _validate(cls, data)


def _keep_repeated_memory_id(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict; a repeated ``memory_id`` goes to ``target_memory_id`` (the daemon
    flattens an ``approval_requested``'s details after its envelope, see :func:`parse_webhook`)."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key == "memory_id" and key in data:
            data["target_memory_id"] = value
        else:
            data[key] = value
    return data


def _validate(cls: type[Any] | None, data: dict[str, Any]) -> WebhookEvent | OpenObject:
    import pydantic

    try:
        if cls is None:
            from _ai_memory_api.models import OpenObject

            open_object: OpenObject = OpenObject.model_validate(data)
            return open_object
        event: WebhookEvent = cls.model_validate(data)
        return event
    except (pydantic.ValidationError, RecursionError) as error:
        reason = f"the {data.get('event')} event has an unexpected shape: {error}"
        raise WebhookVerificationError(reason) from None

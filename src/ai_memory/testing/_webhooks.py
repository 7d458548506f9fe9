"""Subscription URL rules and real webhook delivery (§8): signature, ACK check, retries, DLQ."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import json
import os
import socket
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._config import VERSION
from ._store import Store
from ._validate import fmt_ts

EVENT_TYPES = (
    "memory_store",
    "memory_promote",
    "memory_delete",
    "memory_link_created",
    "memory_link_invalidated",
    "memory_consolidated",
    "approval_requested",
)


def uuid7() -> str:
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64 | 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def sha256_hex(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def signature(secret_hash_hex: str, timestamp: str, body: bytes) -> str:
    """``HMAC-SHA256(key = SHA256(secret) raw bytes, msg = "<ts>.<body>")`` as lowercase hex."""
    key = bytes.fromhex(secret_hash_hex)
    return hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _normalized(
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return ip.ipv4_mapped
    return ip


def _is_internal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """The daemon's ``is_private``: private, link-local, multicast, broadcast, unspecified (0.0.0.0)."""
    return ip.is_private or ip.is_link_local or ip.is_multicast or ip.is_unspecified or ip.is_reserved


def resolve(host: str, port: int) -> list[str]:
    """The host's addresses (``getaddrinfo``); tests replace it to simulate DNS rebinding."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def validate_url(url: str, allow_loopback: bool) -> None:
    """R7 ``subscriptions::validate_url`` + ``validate_url_dns`` (messages verbatim). Raises ValueError.

    First the URL as written (scheme, https for a non-loopback host, literal private IPs), then
    the host a URL parser connects to (userinfo dropped) resolved with the system resolver,
    failing closed: every address is checked, so ``127.1``, ``2130706433``, ``0x7f000001``, ``0``
    or a name resolving to loopback are caught too. Delivery checks again before each attempt
    (a DNS answer may change between subscribe and send).
    """
    lower = url.lower()
    if "://" not in lower:
        raise ValueError(f"webhook URL missing scheme: {url}")
    scheme = lower.split("://", 1)[0]
    if scheme not in ("http", "https"):
        raise ValueError(f"webhook URL scheme must be http(s): {url}")
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise ValueError(f"malformed webhook URL host: {url}") from None
    literal = _normalized(ipaddress.ip_address(host)) if _is_ip(host) else None
    loopback = host in ("localhost", "localhost.localdomain") or (literal is not None and literal.is_loopback)
    if loopback and not allow_loopback:
        raise ValueError(
            f"webhook URL targets loopback address {url} — rejected by default (SSRF guard); set "
            "`[subscriptions] allow_loopback_webhooks = true` to opt in (testing / dev only)"
        )
    if scheme == "http" and not loopback:
        raise ValueError(f"webhook URL must be https for non-loopback host: {url}")
    if literal is not None and not literal.is_loopback and _is_internal(literal):
        raise ValueError(f"webhook URL targets private / link-local address: {url}")
    try:
        addresses = [_normalized(ipaddress.ip_address(a.split("%", 1)[0])) for a in resolve(host, port)]
    except (OSError, UnicodeError, ValueError) as exc:
        raise ValueError(
            f"SSRF guard: DNS resolution failed for {url}: {exc}; failing CLOSED (post-#1053 secure "
            "default — set AI_MEMORY_SSRF_GUARD_ALLOW_DNS_FAIL=1 to revert)"
        ) from None
    for ip in addresses:
        if not ip.is_loopback and _is_internal(ip):
            raise ValueError(f"host resolves to private/link-local IP {ip}: {url}")
        if ip.is_loopback and not allow_loopback:
            raise ValueError(
                f"host resolves to loopback IP {ip}: {url} — rejected by default (SSRF guard); set "
                "`[subscriptions] allow_loopback_webhooks = true` to opt in"
            )
    if not addresses:
        raise ValueError(f"SSRF guard: DNS resolution failed for {url}: no address; failing CLOSED")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class Dispatcher:
    """Fire-and-forget delivery on a bounded thread pool (the daemon's semaphore of 32)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.config = store.config
        self._pool = ThreadPoolExecutor(max_workers=32, thread_name_prefix="ai-memory-webhook")
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._stop = threading.Event()

    def dispatch(
        self,
        event: str,
        memory_id: str,
        namespace: str,
        agent_id: str | None,
        details: dict[str, Any] | None = None,
    ) -> None:
        for sub in self.store.subscriptions():
            events = [e.strip() for e in sub["events"].split(",")]
            if "*" not in events and event not in events:
                continue
            if sub["namespace_filter"] and sub["namespace_filter"] != namespace:
                continue
            if sub["agent_filter"] and sub["agent_filter"] != agent_id:
                continue
            corr = uuid7()
            payload: dict[str, Any] = {
                "event": event,
                "memory_id": memory_id,
                "namespace": namespace,
                "agent_id": agent_id,
                "delivered_at": fmt_ts(self.config.now()),
                "correlation_id": corr,
            }
            body = _flattened(payload, details)
            secret_hash = sub["secret_hash"] or (
                sha256_hex(self.config.webhook_hmac_secret) if self.config.webhook_hmac_secret else None
            )
            with self._lock:
                if self._closed:
                    return
                fut = self._pool.submit(self._deliver, sub["id"], sub["url"], event, corr, body, secret_hash)
                self._futures.add(fut)
                fut.add_done_callback(self._futures.discard)

    def _send(self, client: httpx.Client, url: str, body: bytes, ts: str, sig: str, corr: str) -> str | None:
        headers = {
            "content-type": "application/json",
            "user-agent": f"ai-memory/{VERSION}",
            "x-ai-memory-timestamp": ts,
            "x-ai-memory-correlation-id": corr,
            "x-ai-memory-signature": f"sha256={sig}",
        }
        try:
            resp = client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return f"send failed: {exc.__class__.__name__}: {exc}"
        if not 200 <= resp.status_code < 300:
            return f"non-2xx status {resp.status_code}"
        try:
            ack = resp.json()
        except ValueError:
            return "ACK body is not JSON"
        if not isinstance(ack, dict) or ack.get("status") != "ack":
            return "ACK missing status=ack"
        if ack.get("correlation_id") != corr:
            return f"ACK correlation_id mismatch: {ack.get('correlation_id')!r}"
        return None

    def _deliver(
        self, sub_id: str, url: str, event: str, corr: str, body: bytes, secret_hash: str | None
    ) -> None:
        if secret_hash is None:  # R7 refuses unsigned delivery: straight to the DLQ
            self.store.record_delivery(sub_id, False, event, corr, body.decode(), 0, "no HMAC secret")
            return
        ts = str(int(time.time()))
        sig = signature(secret_hash, ts, body)
        delays = (0.0, *self.config.webhook_retry_delays)
        error = ""
        attempts = 0
        with httpx.Client(timeout=self.config.webhook_ack_timeout, trust_env=False) as client:
            for delay in delays:
                if delay and self._stop.wait(delay):
                    break
                if self._closed:
                    break
                attempts += 1
                try:  # the daemon re-checks the target at delivery (DNS may have changed)
                    validate_url(url, self.config.allow_loopback_webhooks)
                except ValueError as exc:
                    error = str(exc)
                    break
                err = self._send(client, url, body, ts, sig, corr)
                if err is None:
                    self.store.record_delivery(sub_id, True, event, corr, body.decode(), attempts, "")
                    return
                error = err
        with contextlib.suppress(Exception):  # the store may be closed during shutdown
            self.store.record_delivery(sub_id, False, event, corr, body.decode(), attempts, error)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until every queued delivery finished (tests); False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                pending = [f for f in self._futures if not f.done()]
            if not pending:
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _flattened(envelope: dict[str, Any], details: dict[str, Any] | None) -> bytes:
    """The delivery body as serde's ``#[serde(flatten)]`` writes it: the envelope's keys, then the
    details' keys — a key in both (``memory_id`` of a delete/promote ``approval_requested``) is
    written twice, as the daemon does."""
    text = json.dumps(envelope, separators=(",", ":"), ensure_ascii=False)
    if details:
        text = text[:-1] + "," + json.dumps(details, separators=(",", ":"), ensure_ascii=False)[1:]
    return text.encode()

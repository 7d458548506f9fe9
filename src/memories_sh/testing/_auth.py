"""API keys, the sliding-window rate limiter and the order of authentication checks (§1.3, §1.4)."""

from __future__ import annotations

import hashlib
import math
import re
import threading
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import datetime

from ._common import ApiError, js_trim
from ._config import ApiKey, ServerConfig

KEY_RE = re.compile(r"^mem_[a-f0-9]{64}$")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_preview(key: str) -> str:
    return key[:12] + "*" * 20 + key[-4:]


@dataclass
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset_ms: int
    retry_after: int


class RateLimiter:
    """``limit`` requests per ``window`` seconds per identifier, sliding log."""

    def __init__(self, config: ServerConfig, limit: int | None, window: float) -> None:
        self._config = config
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, identifier: str) -> RateDecision:
        now = self._config.now().timestamp()
        if not self.limit:
            return RateDecision(True, 0, 0, int(now * 1000), 0)
        with self._lock:
            hits = self._hits.setdefault(identifier, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                reset = hits[0] + self.window
                return RateDecision(False, self.limit, 0, int(reset * 1000), max(1, math.ceil(reset - now)))
            hits.append(now)
            reset = hits[0] + self.window
            return RateDecision(True, self.limit, self.limit - len(hits), int(reset * 1000), 0)


@dataclass
class AuthContext:
    owner_id: str
    key_hash: str
    auth_mode: str = "api_key"  # or "session" (management routes)


class KeyRegistry:
    """The accepted ``mem_`` keys by sha256 hash; [H] an owner may hold several (``mcp_api_keys``)."""

    def __init__(self, config: ServerConfig) -> None:
        self._config = config
        self._lock = threading.Lock()
        self._by_hash: dict[str, ApiKey] = {}
        self._ids: dict[str, str] = {}  # hash -> key id
        for spec in config.keys:
            assert isinstance(spec, ApiKey) and spec.owner_id
            self._add(spec)

    def _add(self, spec: ApiKey) -> str:
        key_hash = hash_key(spec.key)
        self._by_hash[key_hash] = spec
        self._ids[key_hash] = str(uuid.uuid4())
        return self._ids[key_hash]

    def lookup(self, key_hash: str) -> ApiKey | None:
        with self._lock:
            return self._by_hash.get(key_hash)

    def keys(self, owner_id: str) -> list[tuple[str, ApiKey]]:
        """The owner's unrevoked keys with their ids, newest first."""
        with self._lock:
            own = [
                (self._ids[h], s, i)
                for i, (h, s) in enumerate(self._by_hash.items())
                if s.owner_id == owner_id
            ]
        own.sort(key=lambda item: item[2], reverse=True)  # creation order (config keys may predate the clock)
        return [(key_id, spec) for key_id, spec, _ in own]

    def primary(self, owner_id: str) -> ApiKey | None:
        """The key the dashboard shows: the newest unexpired one, else the newest."""
        keys = [spec for _, spec in self.keys(owner_id)]
        return next((s for s in keys if self.is_active(s)), keys[0] if keys else None)

    def create(self, owner_id: str, new_key: str, expires_at: datetime) -> tuple[str, ApiKey]:
        """[H] POST management/keys adds a key; the others stay valid."""
        spec = ApiKey(new_key, expires_at=expires_at, owner_id=owner_id, created_at=self._config.now())
        with self._lock:
            return self._add(spec), spec

    def revoke(self, owner_id: str, key_id: str | None = None) -> int:
        """Revoke one key by id, or all of the owner's keys; returns how many were revoked."""
        with self._lock:
            doomed = [
                h
                for h, s in self._by_hash.items()
                if s.owner_id == owner_id and (key_id is None or self._ids[h] == key_id)
            ]
            for h in doomed:
                self._by_hash.pop(h)
                self._ids.pop(h)
        return len(doomed)

    def is_active(self, spec: ApiKey) -> bool:
        return spec.expires_at is not None and spec.expires_at > self._config.now()


def bearer_token(header: str | None) -> str | None:
    """``/api/mcp``'s ``getApiKey``: the header must start with exactly ``Bearer ``; the rest, untrimmed."""
    if header is None or not header.startswith("Bearer "):
        return None
    return header[7:]


_BEARER = re.compile(r"Bearer\s+(.+)", re.IGNORECASE)


def extract_bearer(header: str | None) -> str | None:
    """[H] ``extractBearerToken`` (SDK routes): ``/^Bearer\\s+(.+)$/i`` on the trimmed header, trimmed."""
    found = _BEARER.fullmatch(js_trim(header or ""))
    token = js_trim(found.group(1)) if found else ""
    return token or None


def missing_key() -> ApiError:
    return ApiError("auth_error", "MISSING_API_KEY", "Missing API key", 401)


def invalid_format() -> ApiError:
    return ApiError("auth_error", "INVALID_API_KEY_FORMAT", "Invalid API key format", 401)


def invalid_key() -> ApiError:
    return ApiError("auth_error", "INVALID_API_KEY", "Invalid API key", 401)


def expired_key() -> ApiError:
    return ApiError(
        "auth_error", "API_KEY_EXPIRED", "API key expired. Generate a new key from memories.sh/app.", 401
    )


def rate_limited(retry_after: int) -> ApiError:
    return ApiError(
        "rate_limit_error",
        "RATE_LIMITED",
        "Too many requests",
        429,
        True,
        {"retryAfterSeconds": retry_after},
    )


def lookup_key(registry: KeyRegistry, key_hash: str) -> AuthContext:
    spec = registry.lookup(key_hash)
    if spec is None:
        raise invalid_key()
    if not registry.is_active(spec):
        raise expired_key()
    assert spec.owner_id
    return AuthContext(spec.owner_id, key_hash)


def authenticate_sdk(header: str | None, registry: KeyRegistry, limiter: RateLimiter) -> AuthContext:
    """Runtime/graph routes: presence, format, rate limit, lookup, expiry — in that order."""
    key = extract_bearer(header)
    if not key:
        raise missing_key()
    if not KEY_RE.match(key):
        raise invalid_format()
    key_hash = hash_key(key)
    decision = limiter.check(key_hash)
    if not decision.allowed:
        raise rate_limited(decision.retry_after)
    return lookup_key(registry, key_hash)

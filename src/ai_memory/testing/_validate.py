"""The daemon's validation rules and messages (R7 ``src/validate.rs``), plus timestamp helpers."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timedelta, timezone
from typing import Any

MAX_TITLE_LEN = 512
MAX_NAMESPACE_LEN = 512
MAX_NAMESPACE_DEPTH = 8
MAX_CONTENT_SIZE = 65_536
MAX_SOURCE_LEN = 64
MAX_TAG_LEN = 128
MAX_TAGS_COUNT = 50
MAX_RELATION_LEN = 64
MAX_ID_LEN = 128
MAX_AGENT_ID_LEN = 128
MAX_AGENT_TYPE_LEN = 64
MAX_METADATA_SIZE = 65_536
MAX_METADATA_DEPTH = 32
MAX_TTL_SECS = 365 * 86400
MAX_BULK_SIZE = 1000

VALID_SOURCES = (
    "user",
    "nhi",
    "claude",
    "hook",
    "api",
    "cli",
    "import",
    "consolidation",
    "system",
    "chaos",
    "notify",
)
VALID_SCOPES = ("private", "team", "unit", "org", "collective")
VALID_TIERS = ("short", "mid", "long")
VALID_RELATIONS = ("related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from")
VALID_AGENT_TYPES = (
    "ai:claude-opus-4.6",
    "ai:claude-opus-4.7",
    "ai:codex-5.4",
    "ai:grok-4.2",
    "human",
    "system",
)
RESERVED_AGENT_IDS = (
    "daemon",
    "system",
    "federation-catchup",
    "subscription-dispatch",
    "ai:http-internal",
    "ai:migrate",
    "export-internal",
    "governance-internal",
)
_AGENT_ID_CHARS = re.compile(r"[A-Za-z0-9_\-:@./]")
_ID_BYTES = re.compile(r"[A-Za-z0-9_:.@-]*")
_RELATION_FREE = re.compile(r"[a-z0-9_]+")
_AGENT_TYPE_NAME = re.compile(r"[A-Za-z0-9_.\-]+")


class Invalid(ValueError):
    """A validation failure; ``str(exc)`` is the daemon's wire message."""


def _clean(s: str) -> bool:
    return not any((ord(c) < 32 or 0x7F <= ord(c) <= 0x9F) and c not in "\n\t" for c in s)


def title(v: str) -> None:
    t = v.strip()
    if not t:
        raise Invalid("title cannot be empty")
    if len(t) > MAX_TITLE_LEN:
        raise Invalid(f"title exceeds max length of {MAX_TITLE_LEN} characters")
    if not _clean(t):
        raise Invalid("title contains invalid characters")


def content(v: str) -> None:
    if not v.strip():
        raise Invalid("content cannot be empty")
    if len(v.encode()) > MAX_CONTENT_SIZE:
        raise Invalid(f"content exceeds max size of {MAX_CONTENT_SIZE} bytes")
    if not _clean(v):
        raise Invalid("content contains invalid characters")


def namespace(v: str) -> None:
    t = v.strip()
    if not t:
        raise Invalid("namespace cannot be empty")
    if len(t) > MAX_NAMESPACE_LEN:
        raise Invalid(f"namespace exceeds max length of {MAX_NAMESPACE_LEN} characters")
    if "\\" in t or "\0" in t:
        raise Invalid("namespace cannot contain backslashes or null bytes")
    if " " in t:
        raise Invalid("namespace cannot contain spaces (use hyphens or underscores)")
    if not _clean(t):
        raise Invalid("namespace contains invalid control characters")
    if t.startswith("/"):
        raise Invalid("namespace cannot start with '/' (normalize input first)")
    if t.endswith("/"):
        raise Invalid("namespace cannot end with '/' (normalize input first)")
    segs = t.split("/")
    if any(not s for s in segs):
        raise Invalid("namespace cannot contain empty segments (e.g. '//')")
    if any(s in (".", "..") for s in segs):
        raise Invalid("namespace segments '.' and '..' are not allowed")
    if len(segs) > MAX_NAMESPACE_DEPTH:
        raise Invalid(f"namespace depth {len(segs)} exceeds max of {MAX_NAMESPACE_DEPTH}")


def source(v: str) -> None:
    if not v.strip():
        raise Invalid("source cannot be empty")
    if len(v.encode()) > MAX_SOURCE_LEN:
        raise Invalid(f"source exceeds max length of {MAX_SOURCE_LEN} bytes")
    if v not in VALID_SOURCES:
        raise Invalid(f"invalid source '{v}' — must be one of: {', '.join(VALID_SOURCES)}")


def tags(v: list[str]) -> None:
    if len(v) > MAX_TAGS_COUNT:
        raise Invalid(f"too many tags (max {MAX_TAGS_COUNT})")
    for tag in v:
        t = tag.strip()
        if not t:
            raise Invalid("tags cannot contain empty strings")
        if len(t.encode()) > MAX_TAG_LEN:
            raise Invalid(f"tag '{t[:20]}...' exceeds max length of {MAX_TAG_LEN} bytes")
        if not _clean(t):
            raise Invalid("tag contains invalid characters")


def memory_id(v: str) -> None:
    if not v.strip():
        raise Invalid("id cannot be empty")
    if len(v.encode()) > MAX_ID_LEN:
        raise Invalid(f"id exceeds max length of {MAX_ID_LEN} bytes")
    if not _clean(v):
        raise Invalid("id contains invalid characters")
    if ".." in v:
        raise Invalid("id may not contain '..' (path-traversal guard)")
    if "/" in v or "\\" in v:
        raise Invalid("id may not contain '/' or '\\' (path-traversal guard)")
    if not _ID_BYTES.fullmatch(v):
        raise Invalid(
            "id contains characters outside the allowed set [A-Za-z0-9_:.@-] (path-traversal guard)"
        )


def agent_id(v: str) -> None:
    if not v:
        raise Invalid("agent_id cannot be empty")
    if len(v.encode()) > MAX_AGENT_ID_LEN:
        raise Invalid(f"agent_id exceeds max length of {MAX_AGENT_ID_LEN} bytes")
    for c in v:
        if not _AGENT_ID_CHARS.fullmatch(c):
            raise Invalid(f"agent_id contains invalid character '{c}' (allowed: alphanumeric, _-:@./)")
    if ".." in v:
        raise Invalid("agent_id may not contain '..' (path-traversal guard)")
    if v.startswith("/"):
        raise Invalid("agent_id may not start with '/' (path-traversal guard)")
    if v in RESERVED_AGENT_IDS:
        raise Invalid(f"agent_id '{v}' is reserved for internal use and cannot be supplied by wire callers")


def agent_type(v: str) -> None:
    if not v:
        raise Invalid("agent_type cannot be empty")
    if len(v.encode()) > MAX_AGENT_TYPE_LEN:
        raise Invalid(f"agent_type exceeds max length of {MAX_AGENT_TYPE_LEN} bytes")
    if v in VALID_AGENT_TYPES:
        return
    if v.startswith("ai:"):
        name = v[3:]
        if not name:
            raise Invalid("agent_type 'ai:' must include a name (e.g. 'ai:claude-opus-4.7')")
        if _AGENT_TYPE_NAME.fullmatch(name):
            return
    raise Invalid(
        f"invalid agent_type '{v}' — must be one of: {', '.join(VALID_AGENT_TYPES)} (or any ai:<name> form)"
    )


def scope(v: str) -> None:
    if not v:
        raise Invalid("scope cannot be empty")
    if v not in VALID_SCOPES:
        raise Invalid(f"invalid scope '{v}' — must be one of: {', '.join(VALID_SCOPES)}")


def relation(v: str) -> None:
    if not v.strip():
        raise Invalid("relation cannot be empty")
    if len(v.encode()) > MAX_RELATION_LEN:
        raise Invalid(f"relation exceeds max length of {MAX_RELATION_LEN} bytes")
    if v not in VALID_RELATIONS and not re.fullmatch(r"[a-z0-9_]+", v):
        raise Invalid(
            f"invalid relation '{v}' — must match [a-z0-9_]+ or be one of: {', '.join(VALID_RELATIONS)}"
        )


def priority(v: int) -> None:
    if not 1 <= v <= 10:
        raise Invalid(f"priority must be between 1 and 10 (got {v})")


def confidence(v: float) -> None:
    if math.isnan(v) or math.isinf(v):
        raise Invalid("confidence must be a finite number")
    if not 0.0 <= v <= 1.0:
        raise Invalid(f"confidence must be between 0.0 and 1.0 (got {v})")


def ttl_secs(v: int | None) -> None:
    if v is None:
        return
    if v <= 0:
        raise Invalid(f"ttl_secs must be positive (got {v})")
    if v > MAX_TTL_SECS:
        raise Invalid("ttl_secs exceeds maximum of 1 year")


def expires_at(v: str | None, now: datetime, *, allow_past: bool = False) -> None:
    if v is None:
        return
    dt = parse_ts(v)
    if dt is None:
        raise Invalid(f"expires_at is not valid RFC3339: '{v}'")
    if not allow_past and dt < now:
        raise Invalid("expires_at is in the past")


def _depth(v: Any) -> int:
    if isinstance(v, dict):
        return 1 + max((_depth(x) for x in v.values()), default=0)
    if isinstance(v, list):
        return 1 + max((_depth(x) for x in v), default=0)
    return 0


def metadata(v: Any) -> None:
    if not isinstance(v, dict):
        raise Invalid("metadata must be a JSON object")
    size = len(json.dumps(v, separators=(",", ":")).encode())
    if size > MAX_METADATA_SIZE:
        raise Invalid(f"metadata exceeds max size of {MAX_METADATA_SIZE} bytes (got {size})")
    d = _depth(v)
    if d > MAX_METADATA_DEPTH:
        raise Invalid(f"metadata nesting depth exceeds limit of {MAX_METADATA_DEPTH} (got {d})")


# ---- timestamps -------------------------------------------------------------------------------

_RFC3339 = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def parse_ts(v: str) -> datetime | None:
    """Parse an RFC 3339 timestamp (``Z`` or an offset) as chrono's ``parse_from_rfc3339`` does."""
    m = _RFC3339.fullmatch(v.strip()) if isinstance(v, str) else None
    if not m:
        return None
    y, mo, d, h, mi, s, frac, off = m.groups()
    try:
        micro = int((frac[1:] + "000000")[:6]) if frac else 0
        if off in ("Z", "z"):
            tz = timezone.utc
        else:
            sign = 1 if off[0] == "+" else -1
            tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[4:6])))
        dt = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), micro, tzinfo=tz)
    except ValueError:
        return None
    return dt.astimezone(timezone.utc)


def fmt_ts(dt: datetime) -> str:
    """chrono ``to_rfc3339()`` style (``+00:00``); always 6 fraction digits so strings sort."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def norm_ts(v: str) -> str:
    dt = parse_ts(v)
    return fmt_ts(dt) if dt else v

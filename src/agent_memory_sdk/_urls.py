"""Base URLs checked at construction, and transport errors that say where they happened."""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._profile import APIProfile

__all__ = ["describe_transport_error", "normalize_base_url"]


def normalize_base_url(value: str | httpx.URL, profile: APIProfile) -> str:
    """``value`` without a trailing ``/`` or API prefix (``profile.base_url_suffixes``).

    Raises the profile's ``client_validation_error`` (``param="base_url"``) for a URL without an
    ``http``/``https`` scheme or host, naming the fix.
    """
    text = str(value).strip()
    invalid = profile.client_validation_error
    if "://" not in text:
        raise invalid(
            f"{profile.name}: base_url {text!r} has no scheme: write 'http://{text}' (or https://)",
            param="base_url",
        )
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise invalid(
            f"{profile.name}: base_url {text!r} is not a valid URL ({error})", param="base_url"
        ) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise invalid(
            f"{profile.name}: base_url {text!r} must be an http:// or https:// URL with a host",
            param="base_url",
        )
    text = text.rstrip("/")
    for suffix in profile.base_url_suffixes:
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip("/")
    return text


def _where(request: httpx.Request) -> str:
    port = request.url.port or (443 if request.url.scheme == "https" else 80)
    return f"{request.url.host}:{port}"


def _hint(profile: APIProfile, request: httpx.Request, error: httpx.RequestError) -> str:
    where = _where(request)
    text = str(error).lower()
    if isinstance(error, httpx.TimeoutException):
        if isinstance(error, httpx.ConnectTimeout):
            return f"nothing answered at {where} in time: is the host reachable and the port right?"
        return (
            f"the {profile.server_noun} at {where} did not answer in time: raise timeout= or check its load"
        )
    if (
        isinstance(error.__cause__ or error.__context__, ssl.SSLError)
        or "ssl" in text
        or "certificate" in text
    ):
        return f"the TLS handshake with {where} failed: check verify=/cert= (or http:// for plain HTTP)"
    if "refused" in text:
        return f"is the {profile.server_noun} running and listening on {where}? (wrong port?)"
    if "name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return f"the host {request.url.host!r} could not be resolved: check base_url"
    return f"check that the {profile.server_noun} at {where} is up and base_url is right"


def describe_transport_error(profile: APIProfile, request: httpx.Request, error: httpx.RequestError) -> str:
    """A message naming the method, the URL (without its query), host:port, the cause and a hint."""
    what = "request timed out" if isinstance(error, httpx.TimeoutException) else "connection error"
    url = request.url.copy_with(query=None, fragment=None)
    cause = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return f"{profile.name}: {what} on {request.method} {url} ({cause}); {_hint(profile, request, error)}"

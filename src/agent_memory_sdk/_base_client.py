"""Everything the sync and async clients share: configuration and request building (what
follows an attempt is :mod:`._outcome`; the deadline and size cap, :mod:`._limits`). Only sending
and sleeping differ between the twins.
"""

from __future__ import annotations

import copy as _copy
import operator
import os
import random
import ssl
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

import httpx
from typing_extensions import Self

from ._constants import (
    DEFAULT_CONNECT_TIMEOUT_SECONDS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_SECONDS,
    REDACTED,
)
from ._logs import setup_logging
from ._outcome import CallOutcome
from ._pool import Pool
from ._profile import APIProfile
from ._redact import Redactor
from ._request import (
    CallSettings,
    CertTypes,
    PreparedCall,
    TimeoutTypes,
    check_option,
    prepare_call,
    ssl_config,
    to_timeout,
)
from ._runtime import NOT_GIVEN, NotGiven, Operation, RequestOptions
from ._urls import normalize_base_url

__all__ = ["DEFAULT_TIMEOUT", "BaseAPIClient", "CertTypes", "TimeoutTypes"]

DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)
"""60 s for reads, writes and the pool; 5 s to connect."""

_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)


def _rebind(value: Any, old: object, new: object, seen: dict[int, Any]) -> Any:
    """A shallow copy of a facade resource (and its sub-resources) pointing at ``new``."""
    if value is old:
        return new
    if id(value) in seen:
        return seen[id(value)]
    attrs = getattr(value, "__dict__", None)
    if not isinstance(attrs, dict) or attrs.get("_client") is not old:
        return value
    clone = seen[id(value)] = _copy.copy(value)
    clone.__dict__["_client"] = new
    for key, item in attrs.items():
        if key != "_client":
            clone.__dict__[key] = _rebind(item, old, new, seen)
    return clone


class BaseAPIClient(CallOutcome, Generic[_HttpT]):
    """Configuration and the shared steps of a call. Use :class:`SyncAPIClient` / :class:`AsyncAPIClient`.

    Attributes:
        api_profile: class-level profile of the API (overridable per instance with ``profile=``).
        base_url: the base URL (no trailing slash); operation paths are appended to it.
        api_key: the credential given to the profile's auth hook (None: no auth headers).
        timeout: default ``httpx.Timeout`` of each request (each phase: connect, every read …).
        max_retries: default retry budget of each request.
        deadline: seconds one call may take in total, retries and their waits included (None: no
            limit). Default: ``DEADLINE_FACTOR`` (4) x the call's read timeout. Past it the call
            raises the API's timeout error. Set it with ``with_options(deadline=…)``.
        max_response_size: largest decoded response body in bytes (default 64 MiB; None: no limit).
            A larger body raises the API's response validation error while it is being read.
        strict_responses: raise ``response_validation_error`` on any response that differs from
            the spec (a missing, null or wrong-typed field, an unknown field or enum value)
            instead of returning what could be read and logging a warning.
    """

    api_profile: ClassVar[APIProfile] = APIProfile()
    _pool: Pool[_HttpT]
    _profile: APIProfile
    _client: Any
    _redactor: Redactor
    _settings: tuple[tuple[Any, ...], CallSettings]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: _HttpT | None = None,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        profile: APIProfile | None = None,
        validate_requests: bool = True,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        strict_responses: bool = False,
        **options: Any,
    ) -> None:
        setup_logging()
        profile = profile or self.api_profile
        self._profile = profile
        invalid = profile.client_validation_error
        unknown = set(options) - set(profile.client_options)
        if unknown:
            raise TypeError(f"unexpected client option(s): {', '.join(sorted(unknown))}")
        if api_key is None and profile.api_key_env:
            api_key = os.environ.get(profile.api_key_env) or None
        if api_key is None and profile.api_key_required:
            hint = f" or set {profile.api_key_env}" if profile.api_key_env else ""
            raise invalid(f"{profile.name}: an API key is required: pass api_key={hint}", param="api_key")
        self.api_key = api_key
        if base_url is None and profile.base_url_env:
            base_url = os.environ.get(profile.base_url_env) or None
        base_url = base_url or profile.default_base_url
        if not base_url:
            raise invalid(f"{profile.name}: base_url is required", param="base_url")
        self.base_url = normalize_base_url(base_url, profile)
        self._options = {
            name: options[name] if options.get(name) is not None else (os.environ.get(env) if env else None)
            for name, env in profile.client_options.items()
        }
        for name, value in self._options.items():
            check_option(profile, name, value)
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = to_timeout(timeout)
        self.max_retries = max_retries
        self.deadline: float | NotGiven | None = NOT_GIVEN
        self.max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE
        self._set_limits(deadline, max_response_size)
        self.validate_requests = validate_requests
        self.strict_responses = strict_responses
        self._custom_headers = dict(headers or {})
        if http_client is not None:
            if cert is not None or verify is not True:
                raise invalid("configure verify/cert on the http_client you pass in", param="http_client")
            self._pool, self._owns_http = Pool(None, http_client), False
        else:
            tls, pool_timeout = ssl_config(verify, cert), self.timeout
            self._pool = Pool(lambda: self._make_http_client(tls, pool_timeout))
            self._owns_http = True
        self._random: Callable[[], float] = random.random
        self._client = self  # generated methods on the client itself call ``self._client.request``
        self._update_redactor()

    def _make_http_client(self, verify: ssl.SSLContext | bool, timeout: httpx.Timeout) -> _HttpT:
        raise NotImplementedError

    def _update_redactor(self) -> None:
        prof: APIProfile = self._profile
        secrets = [self.api_key, *(str(self._options.get(n) or "") for n in prof.secret_options)]
        self._redactor = Redactor(
            secrets,
            secret_headers=prof.secret_headers,
            secret_query_params=prof.secret_query_params,
            secret_fields=prof.secret_fields,
        )

    # -- configuration -------------------------------------------------------------------------

    @property
    def http_client(self) -> _HttpT:
        """The ``httpx`` client this SDK client sends through (shared by its copies; built on the
        first request, or here, unless one was passed in)."""
        return self._pool.get()

    @property
    def options(self) -> Mapping[str, Any]:
        """The API's extra client options (e.g. ``agent_id``) after env defaults."""
        return dict(self._options)

    def copy(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        set_headers: Mapping[str, str] | None = None,
        validate_requests: bool | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
        **options: Any,
    ) -> Self:
        """A configured copy sharing this client's connection pool (``http_client``).

        ``headers`` are merged over the current ones; ``set_headers`` replaces them. Extra
        keyword arguments set the API's client options (e.g. ``agent_id=``). ``deadline`` and
        ``max_response_size`` are described on the class. The copy never closes the shared pool:
        the client that created it does.
        """
        unknown = set(options) - set(self._profile.client_options)
        if unknown:
            raise TypeError(f"unexpected client option(s): {', '.join(sorted(unknown))}")
        for name, value in options.items():
            check_option(self._profile, name, value)
        new = object.__new__(type(self))
        seen: dict[int, Any] = {}
        new.__dict__.update({k: _rebind(v, self, new, seen) for k, v in self.__dict__.items()})
        if not isinstance(api_key, NotGiven):
            new.api_key = api_key
        if not isinstance(base_url, NotGiven):
            new.base_url = normalize_base_url(base_url, self._profile)
        if not isinstance(timeout, NotGiven):
            new.timeout = to_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            new.max_retries = max_retries
        if not isinstance(validate_requests, NotGiven):
            new.validate_requests = validate_requests
        new._set_limits(deadline, max_response_size)
        if not isinstance(strict_responses, NotGiven):
            new.strict_responses = strict_responses
        new._custom_headers = dict(set_headers) if set_headers is not None else dict(self._custom_headers)
        new._custom_headers.update(headers or {})
        new._options = {**self._options, **options}
        new._owns_http = False
        new._update_redactor()
        return new

    with_options = copy

    def __repr__(self) -> str:
        options = "".join(
            f", {name}={REDACTED if name in self._profile.secret_options and value else value!r}"
            for name, value in self._options.items()
        )
        key = REDACTED if self.api_key else None
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key={key!r}, "
            f"max_retries={self.max_retries}{options})"
        )

    # -- the shared steps of a call ------------------------------------------------------------

    def _call_settings(self) -> CallSettings:
        """This client's configuration as the request builder reads it (rebuilt when it changed)."""
        values = (
            self._profile,
            self.base_url,
            self.api_key,
            self.timeout,
            self.max_retries,
            self._custom_headers,
            self._options,
            self.validate_requests,
            self.strict_responses,
        )
        cached = self.__dict__.get("_settings")
        if cached is None or any(map(operator.is_not, cached[0], values)):
            cached = self._settings = (values, CallSettings(*values))
        return cached[1]

    def _prepare(
        self,
        operation: Operation,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions,
        raw: bool,
    ) -> PreparedCall:
        """Build the call; refuse a closed client and arguments that cannot go on the wire."""
        call = prepare_call(
            self._pool.get(),
            self._call_settings(),
            operation,
            path=path,
            query=query,
            headers=headers,
            body=body,
            options=options,
            raw=raw,
        )
        if self._pool.is_closed:
            raise self._redactor.scrub_exception(
                self._profile.connection_error(
                    f"{self._profile.name}: the client is closed (it, or the client it was copied "
                    "from, was closed); create a new client",
                    request=call.request,
                )
            )
        return call

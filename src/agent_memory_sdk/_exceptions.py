"""The engine's exception bases, which each API combines with its own names.

The tree (engine classes; every API adds a parallel branch under its own base)::

    Exception
     └── SDKError                           every error the SDK raises
          ├── ClientValidationError          bad arguments, found before sending (also a ValueError)
          └── APIError                       message, request, body
               ├── APIConnectionError        no usable response (DNS, refused, reset, protocol …)
               │    └── APITimeoutError      connect / read / write / pool timeout
               ├── APIResponseValidationError  a response the SDK cannot parse (HTML 502,
               │                             truncated JSON, empty body, wrong shape)
               └── APIStatusError            non-2xx: status_code, body, request, response, request_id
                    ├── BadRequestError              400
                    ├── AuthenticationError          401
                    ├── PermissionDeniedError        403
                    ├── NotFoundError                404
                    │    └── UnsupportedEndpointError  404 + empty body on a route no server serves
                    ├── MethodNotAllowedError        405
                    ├── ConflictError                409
                    ├── UnprocessableEntityError     422
                    ├── RateLimitError               429
                    └── InternalServerError          ≥ 500
                         └── ServiceUnavailableError  503

Every exception pickles (a multiprocessing worker sends them back) to the same class with its
fields; ``request`` and ``response.request`` never hold a credential header's value.

An API plugs in its own names by multiple inheritance, so both ``except <api>.<Name>`` and
``except <api>.<ApiBase>`` work, and so does catching the engine class::

    class AiMemoryError(SDKError): ...
    class APIStatusError(AiMemoryError, engine.APIStatusError): ...
    class AuthError(APIStatusError, engine.AuthenticationError): ...
    class APIConnectionError(AiMemoryError, engine.APIConnectionError): ...
    class APITimeoutError(APIConnectionError, engine.APITimeoutError): ...

The engine never raises its own classes directly: it raises the classes named in the API's
:class:`~agent_memory_sdk._profile.APIProfile` (which default to the engine classes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientValidationError",
    "ConflictError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SDKError",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "UnsupportedEndpointError",
]


class SDKError(Exception):
    """Base of every exception the SDK raises."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> Any:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[SDKError], args: tuple[Any, ...], state: dict[str, Any]) -> SDKError:
    """Rebuild a pickled :class:`SDKError` without calling its ``__init__`` (whose signature varies)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ClientValidationError(SDKError, ValueError):
    """Arguments rejected before anything was sent (e.g. an empty path parameter).

    Attributes:
        param: the offending parameter's name, when there is one.
    """

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


class APIError(SDKError):
    """An error tied to an HTTP exchange.

    Attributes:
        request: the ``httpx.Request`` that was sent (or about to be).
        body: the decoded response body (JSON value or text), or None when there is none.
    """

    request: httpx.Request
    body: object | None

    def __init__(self, message: str, *, request: httpx.Request, body: object | None = None) -> None:
        from ._redact import redact_request  # lazy: importing the errors must not import httpx

        super().__init__(message)
        self.request = redact_request(request)
        self.body = body


class APIConnectionError(APIError):
    """No usable response arrived: DNS failure, refused or reset connection, protocol error."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request, body=None)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """The server answered, but the SDK cannot turn the answer into the documented result.

    Raised for an HTML page from a proxy, truncated or invalid JSON, an empty body where JSON
    was expected, or a body of the wrong shape. ``body`` is the response text.

    Attributes:
        status_code: the HTTP status of the response.
        response: the ``httpx.Response``.
    """

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object | None = None) -> None:
        super().__init__(message, request=response.request, body=body)
        response.request = self.request
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a non-success status.

    Attributes:
        status_code: the HTTP status.
        body: the decoded body: parsed JSON when it is JSON, else the text (None when empty).
        response: the ``httpx.Response``.
        request_id: the request id the API reports (header or body), when there is one.
    """

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request, body=body)
        response.request = self.request
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: missing, malformed, invalid or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class UnsupportedEndpointError(NotFoundError):
    """HTTP 404 with an empty body on an operation the spec marks as served by no released server.

    The server has no such route: upgrading the server (not fixing the arguments) is the remedy.
    """


class MethodNotAllowedError(APIStatusError):
    """HTTP 405."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP status ≥ 500."""


class ServiceUnavailableError(InternalServerError):
    """HTTP 503."""

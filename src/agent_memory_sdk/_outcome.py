"""What follows one attempt of a call: retry it (after how long), raise the API's error, or
return the parsed result (or the raw response). A base of
:class:`~agent_memory_sdk._base_client.BaseAPIClient` (over :class:`~._limits.CallLimits`, whose
deadline it applies to retries); the sync and async shells call these.
"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._limits import CallLimits, within
from ._logs import log_decision, log_request, log_response
from ._profile import APIProfile, RetrySignal
from ._redact import Redactor
from ._request import PreparedCall
from ._response import APIResponse, build_status_error, decode_body, parse_success
from ._retries import RetryDecision, decide_exception_retry, decide_status_retry
from ._urls import describe_transport_error

__all__ = ["CallOutcome"]


class CallOutcome(CallLimits):
    """Retry decisions, error mapping, response logging and parsing of a client's calls."""

    _profile: APIProfile
    _redactor: Redactor
    _random: Callable[[], float]

    def _log_request(self, call: PreparedCall, retries_taken: int) -> None:
        log_request(call.request, retries_taken, self._redactor)

    def _on_transport_error(self, call: PreparedCall, error: httpx.RequestError, retries_taken: int) -> float:
        """The delay before retrying after ``error``; raises the API's error when not retrying."""
        if time.monotonic() >= call.deadline_at:  # the attempt was cut short by the deadline
            raise self._deadline_error(call) from error
        decision = within(
            decide_exception_retry(call.operation, error, retries_taken, call.max_retries, self._random),
            call,
        )
        self._log_decision(call, decision, retries_taken)
        if decision.retry:
            return decision.delay
        profile = self._profile
        cls = profile.timeout_error if isinstance(error, httpx.TimeoutException) else profile.connection_error
        message = describe_transport_error(profile, call.request, error)
        raise self._redactor.scrub_exception(cls(message, request=call.request)) from error

    def _on_response(
        self,
        call: PreparedCall,
        response: httpx.Response,
        retries_taken: int,
        elapsed: float,
    ) -> float | None:
        """The delay before retrying after ``response``, or None when it is final."""
        log_response(call.request, response, elapsed, self._redactor)
        if response.is_success and not self._error_in_success(call, response):
            return None
        signal: RetrySignal | None = None
        try:
            signal = self._profile.retry_signal(response, decode_body(response))
        except (KeyError, TypeError, ValueError, AttributeError):
            signal = None
        decision = within(
            decide_status_retry(
                call.operation, response, signal, retries_taken, call.max_retries, self._random
            ),
            call,
        )
        self._log_decision(call, decision, retries_taken)
        return decision.delay if decision.retry else None

    def _error_in_success(self, call: PreparedCall, response: httpx.Response) -> bool:
        """Whether a 2xx ``response`` carries an error in its body (``APIProfile.error_in_success``)."""
        check = self._profile.error_in_success
        if check is None or not response.is_success:
            return False
        certainly_not = self._profile.no_error_in_success
        if certainly_not is not None and certainly_not(response):
            return False
        try:
            return bool(check(call.operation, response, decode_body(response)))
        except (KeyError, TypeError, ValueError, AttributeError):
            return False

    def _log_decision(self, call: PreparedCall, decision: RetryDecision, retries_taken: int) -> None:
        log_decision(call.request, decision, retries_taken, call.max_retries, self._redactor)

    def _finish(
        self, call: PreparedCall, response: httpx.Response, retries_taken: int, elapsed: float
    ) -> Any:
        """Raise the API's error for a failure; else the parsed result or the raw response."""
        operation, profile = call.operation, self._profile
        if not response.is_success or self._error_in_success(call, response):
            raise build_status_error(operation, response, profile, self._redactor)
        if call.raw:
            return APIResponse[Any](
                http_response=response,
                operation=operation,
                retries_taken=retries_taken,
                elapsed=_dt.timedelta(seconds=elapsed),
                parser=lambda: self._scrubbed_parse(call, response),
                request_id=lambda: profile.request_id(response, decode_body(response)),
            )
        return self._scrubbed_parse(call, response)

    def _scrubbed_parse(self, call: PreparedCall, response: httpx.Response) -> Any:
        try:
            return parse_success(call.operation, response, self._profile, strict=call.strict_responses)
        except Exception as error:
            self._redactor.scrub_exception(error)
            raise

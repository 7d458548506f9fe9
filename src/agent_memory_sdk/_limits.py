"""A call's limits: the total deadline (retries and their waits included) and the response size cap.

Mixed into :class:`~agent_memory_sdk._base_client.BaseAPIClient`; the sync and async shells call
these between attempts and at every body chunk.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from ._constants import DEADLINE_FACTOR
from ._retries import RetryDecision
from ._runtime import NotGiven

if TYPE_CHECKING:
    import httpx

    from ._profile import APIProfile
    from ._redact import Redactor
    from ._request import PreparedCall

__all__ = ["CallLimits", "within"]


class CallLimits:
    """``deadline`` and ``max_response_size`` of a client, and their checks."""

    deadline: float | NotGiven | None
    max_response_size: int | None
    _profile: APIProfile
    _redactor: Redactor

    def _set_limits(
        self, deadline: float | NotGiven | None, max_response_size: int | NotGiven | None
    ) -> None:
        invalid = self._profile.client_validation_error
        if not isinstance(deadline, NotGiven):
            if deadline is not None and not (isinstance(deadline, (int, float)) and deadline > 0):
                raise invalid(f"{self._profile.name}: deadline must be > 0 seconds or None", param="deadline")
            self.deadline = deadline
        if not isinstance(max_response_size, NotGiven):
            if max_response_size is not None and not (
                isinstance(max_response_size, int) and max_response_size > 0
            ):
                raise invalid(
                    f"{self._profile.name}: max_response_size must be a positive int or None",
                    param="max_response_size",
                )
            self.max_response_size = max_response_size

    def _arm_deadline(self, call: PreparedCall) -> None:
        """Set ``call.deadline_at``: now + the client's deadline (default: 4 x the read timeout)."""
        deadline = self.deadline
        call.strict_deadline = not isinstance(deadline, NotGiven)
        if isinstance(deadline, NotGiven):
            read = call.timeouts.get("read")
            deadline = None if read is None else read * DEADLINE_FACTOR
        call.deadline_at = math.inf if deadline is None else time.monotonic() + deadline

    def _start_attempt(self, call: PreparedCall) -> float:
        """Clip the attempt's timeouts to what is left of the deadline; return the seconds left."""
        remaining = call.deadline_at - time.monotonic()
        if remaining <= 0:
            raise self._deadline_error(call)
        if math.isfinite(remaining):
            call.request.extensions["timeout"] = {
                phase: remaining if value is None else min(value, remaining)
                for phase, value in call.timeouts.items()
            }
        return remaining

    def _deadline_error(self, call: PreparedCall) -> Exception:
        error = self._profile.timeout_error(
            f"{self._profile.name}: {call.operation.name} passed its deadline (retries and their "
            "waits included; see the client's deadline)",
            request=call.request,
        )
        self._redactor.scrub_exception(error)
        return error

    def _check_body(self, call: PreparedCall, response: httpx.Response, size: int) -> None:
        """Raise when a response being read passes the size cap or the call's deadline."""
        cap = self.max_response_size
        if cap is not None and size > cap:
            response.close()
            error = self._profile.response_validation_error(
                f"{self._profile.name}: the {response.status_code} response to {call.operation.name} "
                f"is larger than max_response_size ({cap} bytes decoded); not read further",
                response=response,
                body=None,
            )
            raise self._redactor.scrub_exception(error)
        if time.monotonic() > call.deadline_at:
            response.close()
            raise self._deadline_error(call)


def within(decision: RetryDecision, call: PreparedCall) -> RetryDecision:
    """``decision``, except that a retry whose wait would end past the deadline is not made.

    A wait the server asked for (``Retry-After``, at most 60 s) does not count against a default
    deadline, which bounds the time spent sending and receiving; a deadline the caller set bounds
    everything.
    """
    if not decision.retry:
        return decision
    if decision.requested and not call.strict_deadline:
        call.deadline_at += decision.delay
    elif time.monotonic() + decision.delay >= call.deadline_at:
        return RetryDecision(False, reason="waiting would pass the call's deadline")
    return decision

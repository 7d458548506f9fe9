"""The engine's logger (``agent_memory_sdk``), switched on by ``AGENT_MEMORY_LOG=debug|info``.

Nothing is logged unless the application configures logging or sets the variable; every
URL and header passes through a :class:`~agent_memory_sdk._redact.Redactor` first. A filter on
httpx's own logger hides secret query parameters in the request lines it logs at INFO.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from ._constants import LOG_ENV, LOGGER_NAME

if TYPE_CHECKING:
    import httpx

    from ._redact import Redactor
    from ._retries import RetryDecision

__all__ = ["log_decision", "log_request", "log_response", "logger", "setup_logging"]

logger = logging.getLogger(LOGGER_NAME)
"""The engine's logger; requests at DEBUG, responses and retry decisions at INFO."""

_configured = False


def setup_logging() -> None:
    """Apply ``AGENT_MEMORY_LOG`` once per process: ``debug`` or ``info`` adds a stderr handler."""
    global _configured
    if _configured:
        return
    _configured = True
    logging.getLogger("httpx").addFilter(_HttpxURLFilter())
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


class _HttpxURLFilter(logging.Filter):
    """Hides secret query parameters (``?api_key=…``) in the URLs httpx's own logger prints."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(type(a).__name__ == "URL" for a in record.args):
            from ._profile import DEFAULT_SECRET_QUERY_PARAMS
            from ._redact import Redactor

            redactor = Redactor(secret_query_params=DEFAULT_SECRET_QUERY_PARAMS)
            record.args = tuple(redactor.url(a) if type(a).__name__ == "URL" else a for a in record.args)
        return True


def log_request(request: httpx.Request, retries_taken: int, redactor: Redactor) -> None:
    """DEBUG: method, redacted URL, attempt number and redacted headers."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "Request %s %s (attempt %d) headers=%s",
            request.method,
            redactor.url(request.url),
            retries_taken + 1,
            redactor.headers(request.headers.multi_items()),
        )


def log_response(
    request: httpx.Request, response: httpx.Response, elapsed: float, redactor: Redactor
) -> None:
    """INFO: method, redacted URL, status and elapsed seconds."""
    if logger.isEnabledFor(logging.INFO):
        url = redactor.url(request.url)
        logger.info("HTTP %s %s -> %d (%.3fs)", request.method, url, response.status_code, elapsed)


def log_decision(
    request: httpx.Request, decision: RetryDecision, retries_taken: int, max_retries: int, redactor: Redactor
) -> None:
    """INFO: a retry (delay and reason) or why a retryable-looking failure is not retried."""
    if not logger.isEnabledFor(logging.INFO):
        return
    method, url = request.method, redactor.url(request.url)
    if decision.retry:
        logger.info(
            "Retrying %s %s in %.3fs (%s; retry %d of %d)",
            method,
            url,
            decision.delay,
            decision.reason,
            retries_taken + 1,
            max_retries,
        )
    elif retries_taken < max_retries:
        logger.info("Not retrying %s %s: %s", method, url, decision.reason)

"""`details` of `RATE_LIMITED` (429)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class RateLimitDetails(BaseModel):
    """`details` of `RATE_LIMITED` (429)."""

    retry_after_seconds: int = Field(alias="retryAfterSeconds")
    """Seconds until the limiter window allows another request
    (`ceil((reset - now) / 1000)`; 60 when unknown; **[H]:** at least 1)."""

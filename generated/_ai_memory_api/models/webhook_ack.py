"""The ACK a webhook receiver must return with a 2xx status."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from ..types import BaseModel


class WebhookAck(BaseModel):
    """The ACK a webhook receiver must return with a 2xx status."""

    status: Literal["ack"]
    """Always `ack`."""

    correlation_id: UUID
    """The delivery's correlation id."""

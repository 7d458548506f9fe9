"""An inbox."""

from __future__ import annotations

from ..types import BaseModel


class InboxResponse(BaseModel):
    """An inbox."""

    agent_id: str
    """Inbox owner."""

    namespace: str
    """`_messages/<owner>`."""

    count: int
    """Number of messages."""

    unread_only: bool
    """Whether only unread messages were returned."""

    messages: list[InboxMessage]
    """The messages."""


# Imported last: these models refer back to this one.
from ..models.inbox_message import InboxMessage  # noqa: E402

"""Timestamps are pydantic's own ``datetime``: ``format: date-time`` (ai-memory) as sent,
``format: timestamp`` (memories.sh) also in SQL style without an offset, which is UTC."""

from __future__ import annotations

import datetime as dt

import pydantic
import pytest
from _ai_memory_api.models import Memory
from _memories_sh_api.models import Meta

from agent_memory_sdk._runtime import parse_timestamp

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-11 12:00:00", dt.datetime(2026, 2, 11, 12, tzinfo=UTC)),
        ("2026-02-11T12:00:00.000Z", dt.datetime(2026, 2, 11, 12, tzinfo=UTC)),
        ("2026-02-11T14:00:00+02:00", dt.datetime(2026, 2, 11, 12, tzinfo=UTC)),
        ("2026-02-11T12:00:00.123456789Z", dt.datetime(2026, 2, 11, 12, 0, 0, 123456, tzinfo=UTC)),
    ],
)
def test_format_timestamp_is_aware_and_sql_style_is_utc(text: str, expected: dt.datetime) -> None:
    meta = Meta.model_validate({"version": "v", "endpoint": "/e", "requestId": "r", "timestamp": text})
    assert meta.timestamp == expected and meta.timestamp.utcoffset() is not None
    assert parse_timestamp(text) == expected


def test_date_time_is_pydantics_datetime_dumped_iso_8601() -> None:
    adapter = pydantic.TypeAdapter(Memory.model_fields["created_at"].rebuild_annotation())
    value = adapter.validate_json('"2026-02-11T12:00:00.5Z"')
    assert value == dt.datetime(2026, 2, 11, 12, 0, 0, 500000, tzinfo=UTC)
    assert adapter.dump_python(value, mode="json") == "2026-02-11T12:00:00.500000+00:00"


def test_a_malformed_timestamp_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not an RFC 3339 timestamp"):
        parse_timestamp("yesterday")
    with pytest.raises(ValueError, match="expected a timestamp string"):
        parse_timestamp(5)

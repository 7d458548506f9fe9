"""The fidelity audit (``docs/fidelity/ai-memory.md``) stays in step with the spec and the seed.

The audit table must list exactly the spec's operations outside the seed surface (in spec order)
and every webhook event, and its counts must be the ones its rows add up to, so a spec change that
adds, renames or removes an operation fails here until the audit row is written.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "fidelity" / "ai-memory.md"
SPEC = ROOT / "specs" / "ai-memory.openapi.yaml"
SEED = ROOT.parent / "shared" / "seeds" / "000_bfe85cb89e64994d.txt"  # shared/ lies beside the checkout


def _section(text: str, title: str) -> str:
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _rows(section: str) -> list[list[str]]:
    rows = []
    for line in section.splitlines():
        if line.startswith("| `"):
            cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
            rows.append([cell.strip() for cell in cells])
    return rows


def _seed_names(text: str) -> set[str]:
    paragraph = text[text.index("1. **Which operations.**") : text.index("2. **Per operation**")]
    listed = paragraph[paragraph.index("table):") : paragraph.index("An operation is outside")]
    return set(re.findall(r"`([a-z_]+)`", listed))


def _python_name(operation_id: str) -> str:
    return f"{operation_id}_" if keyword.iskeyword(operation_id) else operation_id


def test_the_table_lists_every_operation_outside_the_seed_surface_in_spec_order() -> None:
    text = DOC.read_text(encoding="utf-8")
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    seed = _seed_names(text)
    expected = [
        (f"`{method.upper()} {path}`", f"`{op['operationId']}`")
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op and _python_name(op["operationId"]) not in seed
    ]
    listed = [(row[0], row[1]) for row in _rows(_section(text, "Operations"))]
    assert listed == expected


def test_the_table_lists_every_webhook_event() -> None:
    text = DOC.read_text(encoding="utf-8")
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    listed = [row[0] for row in _rows(_section(text, "Webhook events"))]
    assert listed == [f"`{name}`" for name in spec["webhooks"]]


def test_every_row_has_a_status_and_a_source() -> None:
    text = DOC.read_text(encoding="utf-8")
    for row in _rows(_section(text, "Operations")) + _rows(_section(text, "Webhook events")):
        status, source = row[-2], row[-1]
        assert re.match(r"(exact|fixed: |open: )", status), row
        assert re.search(r"src/[\w/]+\.rs:\d+", source), row


def test_the_counts_are_those_of_the_rows() -> None:
    text = DOC.read_text(encoding="utf-8")
    counts = _rows(
        _section(text, "Counts").replace("| operations", "| `operations").replace("| webhook", "| `webhook")
    )
    for label, title in (("operations", "Operations"), ("webhook", "Webhook events")):
        statuses = [row[-2] for row in _rows(_section(text, title))]
        exact = sum(status == "exact" for status in statuses)
        still_open = sum(status.startswith("open: ") for status in statuses)
        (line,) = [row for row in counts if row[0].startswith(f"`{label}")]
        assert [int(cell) for cell in line[1:]] == [
            len(statuses),
            exact,
            len(statuses) - exact,
            len(statuses) - still_open,
        ]


def test_the_seed_list_is_the_seed_readme_method_table() -> None:
    names: set[str] = set()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            names |= set(re.findall(r"([a-z_]+)\(", line.split("|")[1]))
    assert _seed_names(DOC.read_text(encoding="utf-8")) == names

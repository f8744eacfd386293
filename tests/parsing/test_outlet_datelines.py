"""Real article openings of many Indonesian outlets (outlet_datelines_dev.jsonl): place, agency, date.

`expected.agency` is the outlet as a person names it (`Detik (implicit)` when the dateline
names none); `expected.agency_in_table` is the canonical name of the agency table, or null
for an outlet the table does not know, whose name must then still be read as written.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from crawler.parsing.dateline import parse_dateline

CASES_PATH = Path(__file__).resolve().parents[1] / "data" / "outlet_datelines_dev.jsonl"
CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
# An outlet the dateline does not name: `Detik (implicit)`, `areapublik.com ('ap')`.
_UNNAMED = re.compile(r"\(implicit\)|\('")


def _case_id(case: dict) -> str:
    return f"{case['id']}:{case['text'][:30]}"


def test_the_dev_file_has_the_cases_the_tests_rely_on() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_outlet_dateline(case: dict) -> None:
    expected = case["expected"]
    dateline = parse_dateline(case["text"])
    if dateline is None:
        assert expected["place"] is None and expected["agency_in_table"] is None
        return
    assert dateline.place == expected["place"]
    if expected["agency_in_table"] is not None:
        assert dateline.agency_in_table and dateline.agency == expected["agency_in_table"]
    else:
        assert not dateline.agency_in_table
        if _UNNAMED.search(expected["agency"]):
            assert dateline.agency is None
        else:  # the outlet as written: `HALOSULSEL.COM` for Halosulsel, `TIMES MALANG` for TIMES Indonesia
            stem = re.split(r"[ .]", expected["agency"])[0].casefold()
            assert dateline.agency is not None and stem in dateline.agency.casefold()
    stated = expected["date"]
    assert dateline.date == (date.fromisoformat(stated) if stated else None)
    assert case["text"].startswith(dateline.raw.split()[0])  # the dateline opens the text

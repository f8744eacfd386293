"""Indonesian and Malay date strings of public date-parsing suites and real page headers (peer_dates_dev.jsonl).

Every in-scope string reads as expected (the WIB wall clock, to the case's granularity),
and every string whose expected reading is null stays None.  Out-of-scope strings
(Malay relative words, `besok sore`, bare weekdays) are not a news crawler's concern
and are not asserted, except the null ones.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from crawler.parsing.dates import WIB, parse_date

CASES_PATH = Path(__file__).resolve().parents[1] / "data" / "peer_dates_dev.jsonl"
CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
IN_SCOPE = [case for case in CASES if case["in_scope"] and case["expected"] is not None]
MUST_NOT_PARSE = [case for case in CASES if case["expected"] is None]

# How much of the wall clock a granularity pins (ISO text prefix length).
_PREFIX = {"year": 4, "month": 7, "day": 10, "minute": 16, "second": 19}


def _case_id(case: dict) -> str:
    return f"{case['id']}:{case['input'][:40]}"


def _base(case: dict) -> datetime | None:
    return datetime.fromisoformat(case["base"]) if case["base"] else None


def test_the_dev_file_has_the_cases_the_tests_rely_on() -> None:
    assert len(IN_SCOPE) >= 90 and MUST_NOT_PARSE


@pytest.mark.parametrize("case", IN_SCOPE, ids=_case_id)
def test_in_scope_date(case: dict) -> None:
    parsed = parse_date(case["input"], base=_base(case))
    assert parsed is not None and parsed.tzinfo is not None
    wall_clock = parsed.astimezone(WIB).replace(tzinfo=None).isoformat()
    length = _PREFIX[case["granularity"]]
    assert wall_clock[:length] == case["expected"][:length]
    if case["kind"] != "relative_claimed" and length > 10:
        assert wall_clock == case["expected"]  # finer parts not written are zero, not today's


@pytest.mark.parametrize("case", MUST_NOT_PARSE, ids=_case_id)
def test_not_a_date(case: dict) -> None:
    assert parse_date(case["input"], base=_base(case)) is None

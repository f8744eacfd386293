"""Every real ANTARA and RMOL `dateline` and `date` string of agency_cases_dev.jsonl, read as a person reads it.

Endings and URLs of the same file are tested with their own modules.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from crawler.parsing.dateline import parse_dateline
from crawler.parsing.dates import WIB, parse_date

CASES_PATH = Path(__file__).resolve().parents[1] / "data" / "agency_cases_dev.jsonl"
CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
DATELINE_CASES = [case for case in CASES if case["kind"] == "dateline"]
DATE_CASES = [case for case in CASES if case["kind"] == "date"]
BODY = "\nPemerintah mengumumkan kebijakan baru."
_URL_DAY = re.compile(r"/(\d{4})/(\d\d)/(\d\d)/")


def _case_id(case: dict) -> str:
    return f"{case['agency']}:{case['text'].strip()[:40]}"


def _published(case: dict) -> date | None:
    """The publication day a year-less date is read against: the source URL's, else the expected day
    (the notes give it: an attribution names the day the article reports)."""
    found = _URL_DAY.search(case["source"])
    if found:
        return date(*map(int, found.groups()))
    stated = case["expected"].get("date") or case["expected"].get("resolved")
    return date.fromisoformat(stated[:10]) if stated else None


def test_the_dev_file_has_the_cases_the_tests_rely_on() -> None:
    assert len(DATELINE_CASES) >= 30 and len(DATE_CASES) >= 20


@pytest.mark.parametrize("case", DATELINE_CASES, ids=_case_id)
def test_dateline_case(case: dict) -> None:
    expected = case["expected"]
    dateline = parse_dateline(case["text"] + BODY, base=_published(case))
    assert dateline is not None
    assert dateline.place == expected["place"]
    assert dateline.agency == case["agency"] and dateline.agency_in_table
    assert dateline.agency_raw.casefold() == expected["agency"].casefold()
    stated = expected.get("date")
    assert dateline.date == (date.fromisoformat(stated[:10]) if stated else None)
    assert dateline.attribution == (expected.get("form") == "attribution")


@pytest.mark.parametrize("case", DATE_CASES, ids=_case_id)
def test_date_case(case: dict) -> None:
    expected = case["expected"]
    if expected.get("iso"):
        wanted = datetime.fromisoformat(expected["iso"])
        parsed = parse_date(case["text"])
        assert parsed == wanted and parsed.utcoffset() == wanted.utcoffset()
    elif expected.get("local"):
        # No zone written: read as WIB, the zone of the headers (whether it is right is the caller's call).
        assert parse_date(case["text"]) == datetime.fromisoformat(expected["local"]).replace(tzinfo=WIB)
    else:
        assert parse_date(case["text"]) is None  # no year without the publication date
        resolved = date.fromisoformat(expected["resolved"])
        published = datetime(resolved.year, resolved.month, resolved.day, 12, tzinfo=WIB)
        assert parse_date(case["text"], base=published) == datetime(
            resolved.year, resolved.month, resolved.day, tzinfo=WIB)

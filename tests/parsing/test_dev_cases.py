"""Every real `date` and `dateline` string of the dev cases, read as a person reads it."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from crawler.parsing.dateline import parse_dateline
from crawler.parsing.dates import WIB, parse_date

CASES_PATH = Path(__file__).resolve().parents[1] / "data" / "mina_cases_dev.jsonl"
CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
DATE_CASES = [case for case in CASES if case["kind"] == "date"]
DATELINE_CASES = [case for case in CASES if case["kind"] == "dateline"]

# Publication times stated by the brief for two year-less cases; the others are read
# two days after the date their note gives (an article reports what just happened).
PUBLISHED = {
    "Senin (27/10)": datetime(2025, 11, 1, tzinfo=WIB),
    "Jumat (15/2)": datetime(2019, 2, 15, 23, 14, tzinfo=WIB),
}
RELATIVE_BASE = datetime(2024, 5, 10, 12, 0, tzinfo=WIB)
_RELATIVE = re.compile(r"^-(\d+)(h|min)$")
_YEAR_KEYS = ("year", "inferred_year", "year_from_header", "year_from_url")


def _case_id(case: dict) -> str:
    return case["text"][:40]


def test_the_dev_file_has_the_cases_the_tests_rely_on() -> None:
    assert len(DATE_CASES) >= 20 and len(DATELINE_CASES) >= 25


@pytest.mark.parametrize("case", DATE_CASES, ids=_case_id)
def test_date_case(case: dict) -> None:
    text, expected = case["text"], case["expected"]
    if "datetime" in expected:
        parsed = parse_date(text)
        wanted = datetime.fromisoformat(expected["datetime"])
        assert parsed == wanted and parsed.utcoffset() == wanted.utcoffset()
    elif "relative" in expected:
        amount, unit = _RELATIVE.match(expected["relative"]).groups()
        delta = timedelta(hours=int(amount)) if unit == "h" else timedelta(minutes=int(amount))
        assert parse_date(text, base=RELATIVE_BASE) == RELATIVE_BASE - delta
    elif "date" in expected:
        assert parse_date(text).date() == date.fromisoformat(expected["date"])
    elif "gregorian" in expected:
        assert parse_date(text).date() == date.fromisoformat(expected["gregorian"])
    elif "time" in expected:
        assert parse_date(text) is None  # a bare time means nothing without a reference day
        parsed = parse_date(text, base=RELATIVE_BASE)
        assert parsed.date() == RELATIVE_BASE.date() and parsed.time().isoformat() == expected["time"]
    else:
        year = next(expected[key] for key in _YEAR_KEYS if key in expected)
        written = date(year, expected["month"], expected["day"])
        base = PUBLISHED.get(text, datetime(year, written.month, written.day, tzinfo=WIB) + timedelta(days=2))
        parsed = parse_date(text, base=base)
        assert parsed == datetime(year, written.month, written.day, tzinfo=WIB)
        assert parse_date(text) is None  # the year cannot be known without a publication date


# How the dev file's agency notes read as canonical names.
_AGENCY_READING = {"مينا (MINA)": "MINA", "Cenderawasih Pos (place only)": None}


def _expected_agency(written: str | None) -> str | None:
    if written in _AGENCY_READING:
        return _AGENCY_READING[written]
    return written.split(" (")[0] if written else None


@pytest.mark.parametrize("case", DATELINE_CASES, ids=_case_id)
def test_dateline_case(case: dict) -> None:
    text, expected = case["text"], case["expected"]
    body = text + " Pemerintah mengumumkan kebijakan baru."
    dateline = parse_dateline(body)
    assert dateline is not None
    place = expected.get("place")
    assert dateline.place == (place.split(" (")[0] if place else None)
    assert dateline.agency == _expected_agency(expected.get("agency"))
    if expected.get("is_mina") is False:
        assert dateline.agency != "MINA"
    hijri = expected.get("hijri")
    assert dateline.hijri == (None if hijri in (None, "(none)") else hijri)
    gregorian = expected.get("gregorian")
    if gregorian:
        assert dateline.date == date.fromisoformat(gregorian)
    elif not any(char.isdigit() for char in text):
        assert dateline.date is None
    assert not dateline.hijri_mismatch
    assert dateline.raw == text.replace("&#8211;", "–")
    assert (dateline.start, dateline.end) == (0, len(text))


@pytest.mark.parametrize("case", [c for c in DATELINE_CASES if "note" in c["expected"]
                                  and "preceded" in c["expected"]["note"]], ids=_case_id)
def test_dateline_case_behind_its_caption_artifact(case: dict) -> None:
    prefix = "MINAKerjasama      "
    dateline = parse_dateline(prefix + case["text"] + " Kantor Berita MINA menjajaki kerja sama.")
    assert dateline is not None and dateline.raw == case["text"]
    assert dateline.start == len(prefix)

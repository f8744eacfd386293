"""A span of hours with its part of day after its end (`jam 9-12 siang`, from a landlord's chat and a gym's opening
hours): the part of day is the end's, so a start it would put past that end is the morning before it (9, not 21).
Spans wholly in the afternoon or evening, and one running past midnight, stay as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2024, 6, 16, 8, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("jam 9-12 siang", datetime(2024, 6, 16, 9, 0, tzinfo=WIB)),
    ("Minggu (16/6/2024) jam 10-12 siang", datetime(2024, 6, 16, 10, 0, tzinfo=WIB)),
    ("Minggu (16/6/2024) pukul 8-12 siang", datetime(2024, 6, 16, 8, 0, tzinfo=WIB)),
])
def test_a_midday_span_starts_in_the_morning(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Traffic notes' afternoon and evening spans.
    ("Jam 1-5 sore", datetime(2024, 6, 16, 13, 0, tzinfo=WIB)),
    ("Jam 5-8 malam", datetime(2024, 6, 16, 17, 0, tzinfo=WIB)),
    ("Jam 6-9 pagi", datetime(2024, 6, 16, 6, 0, tzinfo=WIB)),
    # Around noon, and up to midnight or past it.
    ("Minggu (16/6/2024) jam 11-1 siang", datetime(2024, 6, 16, 11, 0, tzinfo=WIB)),
    ("Minggu (16/6/2024) pukul 10-12 malam", datetime(2024, 6, 16, 22, 0, tzinfo=WIB)),
    ("Minggu (16/6/2024) pukul 11-1 malam", datetime(2024, 6, 16, 23, 0, tzinfo=WIB)),
    # A single clock keeps its part of day.
    ("Minggu (16/6/2024) jam 2 siang", datetime(2024, 6, 16, 14, 0, tzinfo=WIB)),
])
def test_other_spans_stay(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected

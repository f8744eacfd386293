"""A weekday's day and month in square brackets, as a Papuan daily writes them for parentheses (`JAYAPURA [PAPOS]-
Terjadinya aksi penembakan ... di Mulia, Kabupaten Puncak Jaya, Senin [22/3] lalu`): the weekday's date, as `Senin
(22/3)` is, in a header and in a body; a bracket closed by a parenthesis is no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2010, 3, 24, 10, tzinfo=WIB)
_SHOOTING = ("JAYAPURA [PAPOS]- Terjadinya aksi penembakan yang kembali terjadi di Mulia, Kabupaten Puncak Jaya, Senin "
             "[22/3] lalu menurut Wakil Gubernur Papua")


@pytest.mark.parametrize(("text", "expected"), [
    (_SHOOTING, datetime(2010, 3, 22, tzinfo=WIB)),
    ("pada Senin [22/3] sekitar pukul 18.30 WIT", datetime(2010, 3, 22, 16, 30, tzinfo=WIB)),
    ("Senin [22/3/2010]", datetime(2010, 3, 22, tzinfo=WIB)),
])
def test_a_weekday_date_in_square_brackets_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text, base=_BASE) == expected


def test_the_body_reports_it() -> None:
    assert [found["date"] for found in find_body_dates(_SHOOTING, _BASE)] == ["2010-03-22"]


@pytest.mark.parametrize("text", [
    # Mismatched brackets, and a form's check boxes between weekdays, are no date.
    "Senin [22/3)",
    "Senin (22/3]",
    "Setiap: [X] Senin [X] Selasa [X] Rabu",
])
def test_mismatched_brackets_are_no_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
    assert find_body_dates(text, _BASE) == []

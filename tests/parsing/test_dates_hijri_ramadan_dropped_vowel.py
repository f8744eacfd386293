"""Ramadan spelt in a hurry, without the vowel before its `d` (`Pemerintah ... memastikan 1 Ramdhan 1437 H atau awal
berpuasa jatuh pada Senin, 6 Juni`): still the ninth Hijri month. Words that are no month stay no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2016, 6, 5, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("1 Ramdhan 1437 H", "2016-06-06T00:00"),
    ("Pemerintah melalui Kementerian Agama memastikan 1 Ramdhan 1437 H atau awal berpuasa", "2016-06-06T00:00"),
    ("1 Ramadhan 1437 H", "2016-06-06T00:00"),  # the full spelling, read already
    ("1 Romadhon 1437 H", "2016-06-06T00:00"),
])
def test_ramadan_without_its_vowel(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


def test_body_date_of_ramadan_without_its_vowel() -> None:
    text = "Keputusan sidang isbat: 1 Ramdhan 1437 H jatuh besok."
    assert [found["date"] for found in find_body_dates(text, _BASE)] == ["2016-06-06"]


@pytest.mark.parametrize("text", [
    "1 Rmdn 1437",  # no vowel at all: no name
    "1 Ramon 1437",  # a given name, no `d`
    "1 Random 1437",
])
def test_no_ramadan(text: str) -> None:
    assert parse_date(text, base=_BASE) is None

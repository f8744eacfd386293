"""A range of days joined by the spoken `sampe` (until) of casual pages, for `sampai` (`Festival ini bakal digelar di
Ubud, Gianyar, Bali dari tanggal 30 Juni sampe 1 Juli 2023`): read as its first day, as a range with `sampai` is. A
`sampe` before a single date joins nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2023, 5, 20, 10, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Festival ini bakal digelar di Ubud, Gianyar, Bali dari tanggal 30 Juni sampe 1 Juli 2023. Tiga hari penuh "
     "kuliner, bro!", "2023-06-30"),
    ("Jadi, pastiin catet tanggalnya, ya. 30 Juni sampe 1 Juli 2023 di Ubud, Bali.", "2023-06-30"),
    ("Pendaftaran dibuka tanggal 3 sampe 5 Juni 2023", "2023-06-03"),
    ("Pameran berlangsung 20 sampe 25 Mei lalu", "2023-05-20"),
])
def test_sampe_range_is_read_as_its_first_day(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).date().isoformat() == expected
    assert [found["date"] for found in find_body_dates(text, _BASE)] == [expected]


def test_sampe_before_one_date_is_no_range() -> None:
    text = "Harga cabai terus naik sampe 12 Juni 2023"
    assert [found["date"] for found in find_body_dates(text, _BASE)] == ["2023-06-12"]

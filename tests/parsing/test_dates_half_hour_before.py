"""A half hour said by the hour it leads to (`Beberapa sekolah juga sudah memulangkan siswanya sejak pukul setengah 10
pagi`, `kejadian itu berlangsung pukul setengah 12 siang`): `setengah 10 pagi` is 9.30, after `pukul`/`jam` and
before a part of day or a zone, as an hour without minutes is read there."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2019, 8, 29, 17, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kamis (29/8/2019) pukul setengah 10 pagi.", "2019-08-29T09:30"),
    ("Kamis (29/8/2019) sekitar pukul setengah 12 siang", "2019-08-29T11:30"),
    ("Kamis (29/8/2019) jam setengah 1 siang", "2019-08-29T12:30"),
    ("Kamis (29/8/2019) jam setengah 5 sore", "2019-08-29T16:30"),
    ("Kamis, 29 Agustus 2019, pukul setengah 8 malam", "2019-08-29T19:30"),
    ("Kamis (29/8/2019) pukul setengah 12 malam", "2019-08-29T23:30"),
    ("Kamis (29/8/2019) jam setengah 1 malam", "2019-08-29T00:30"),
    ("Kamis (29/8/2019) pukul setengah 8 WITA", "2019-08-29T06:30"),  # 7.30 WITA
    ("pukul setengah 10 pagi", "2019-08-29T09:30"),
    ("pukul setengah 5 sore tadi", "2019-08-29T16:30"),
])
def test_a_half_hour_is_half_an_hour_before_the_hour_it_names(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kamis (29/8/2019) setengah 8 malam", "2019-08-29T00:00"),  # no `pukul`/`jam`: no clock
    ("Kamis (29/8/2019) selama setengah 10 hari", "2019-08-29T00:00"),  # a count
    ("Kamis (29/8/2019) pukul setengah 10.30 pagi", "2019-08-29T00:00"),  # no half of a clock with minutes
    ("Kamis (29/8/2019) pukul 10 pagi", "2019-08-29T10:00"),  # the whole hour, as before
    ("Kamis (29/8/2019) pukul 12.30 siang", "2019-08-29T12:30"),
])
def test_no_half_hour_without_its_label_and_hour(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected

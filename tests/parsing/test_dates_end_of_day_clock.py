"""A deadline's `pukul 24.00` after its date: the midnight that ends that day, so the next day at 00:00, in the
zone written after it. `24.00` only counts so after `pukul`/`jam` or before a zone; a count after a date and a
`24.30` stay no clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2020, 9, 20, 10, 0, tzinfo=WIB)
WITA = timezone(timedelta(hours=8))


@pytest.mark.parametrize(("text", "expected"), [
    # A school portal's closing notice.
    ("Simulasi pengisian APM SMK ditutup pada tanggal 03 Oktober 2020 Pukul 24.00 WIB",
     datetime(2020, 10, 4, tzinfo=WIB)),
    # A delivery estimate, and a script's expiry line (`jam`, a dashed month name).
    ("Rabu, 20 Desember 2018 jam 24.00 WIB", datetime(2018, 12, 21, tzinfo=WIB)),
    ("Expired 13-Agustus-2023 Jam 24.00 WIB", datetime(2023, 8, 14, tzinfo=WIB)),
    # The end of a month and of a year roll over too.
    ("ditutup pada tanggal 31 Desember 2020 Pukul 24.00 WIB", datetime(2021, 1, 1, tzinfo=WIB)),
    # In the zone written after it.
    ("ditutup pada tanggal 03 Oktober 2020 Pukul 24.00 WITA", datetime(2020, 10, 4, tzinfo=WITA)),
    # A body's date in parentheses, with the label and without it (the zone says it is a clock).
    ("Pendaftaran ditutup Sabtu (3/10/2020) pukul 24.00", datetime(2020, 10, 4, tzinfo=WIB)),
    ("Pendaftaran ditutup Sabtu (3/10/2020) 24.00 WIB", datetime(2020, 10, 4, tzinfo=WIB)),
    # Written before its date.
    ("pukul 24.00 WIB, Sabtu (3/10/2020)", datetime(2020, 10, 4, tzinfo=WIB)),
])
def test_a_clock_at_24_is_the_midnight_ending_the_day(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A span's start is the moment; its end at 24.00 changes nothing.
    ("Kota Bandung, Sabtu (22/2/2014), mulai pukul 18.00 hingga pukul 24.00 WIB.",
     datetime(2014, 2, 22, 18, 0, tzinfo=WIB)),
    # A count after a date is no clock, nor is a minute past 24.
    ("pada 3 Oktober 2020, 24.00 persen", datetime(2020, 10, 3, tzinfo=WIB)),
    ("3 Oktober 2020 pukul 24.30 WIB", datetime(2020, 10, 3, tzinfo=WIB)),
    # An ordinary late clock stays on its day.
    ("Selasa (22/2/2021) malam, pukul 23.59 WIB", datetime(2021, 2, 22, 23, 59, tzinfo=WIB)),
])
def test_other_clocks_near_24_stay_as_they_are(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected

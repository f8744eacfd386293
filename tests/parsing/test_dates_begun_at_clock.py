"""A date with the clock its event began at said with `dimulai` (was begun: `hari Kamis (12/1/23) dimulai pukul 08.00
WIB`, `Pameran hari pertama (30/01/2023) dimulai Pukul 10.00 WIB-18.00 WIB`): the clock is the date's, as after
`mulai`. A count after `dimulai` is no clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2023, 2, 1, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kegiatan ini dilaksanakan hari Kamis (12/1/23) dimulai pukul 08.00 WIB. Acara ini berlangsung secara virtual",
     "2023-01-12T08:00"),
    ("Pameran hari pertama (30/01/2023) dimulai Pukul 10.00 WIB-18.00 WIB dengan peserta yang hadir lebih dari 200",
     "2023-01-30T10:00"),
    ("Rapat digelar Senin, 30 Januari 2023 dimulai pukul 09.00 WITA", "2023-01-30T08:00"),
    # As before: `mulai` alone.
    ("Selasa (31/01/2023) mulai pukul 14.00 Wita", "2023-01-31T13:00"),
])
def test_clock_begun_at_after_its_date(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pendaftaran Senin (30/1/2023) dimulai 12.500 peserta", "2023-01-30T00:00"),
    ("Kamis (12/1/23) dimulai dengan doa bersama", "2023-01-12T00:00"),
])
def test_no_clock_after_dimulai_leaves_the_day(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected

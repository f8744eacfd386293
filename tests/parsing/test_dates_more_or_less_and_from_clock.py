"""A clock said more or less (`kurang lebih`, Malay `lebih kurang`, `kira-kira`) or from when (`dari`) after its
date: a letter's `Per tanggal 14 Juli 2025, pada kurang lebih pukul 13.00 WITA saya mendapatkan telepon`, a notice's
`dilaksanakan pada hari Sabtu tanggal 04 Desember 2021 dari pukul 09:00 WITA sampai dengan kurang lebih pukul 13:00
WITA`: the date's clock, as after `sekitar` and `mulai`."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2025, 7, 20, 10, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Per tanggal 14 Juli 2025, pada kurang lebih pukul 13.00 WITA saya mendapatkan telepon langsung dari guru saya "
     "yang berada di sekolah", "2025-07-14T12:00"),
    ("RS Pelita Insani bersinergi dengan UDD PMI Kab. Banjar, akan menggelar event Donor Darah yang akan dilaksanakan "
     "pada hari Sabtu tanggal 04 Desember 2021 dari pukul 09:00 WITA sampai dengan kurang lebih pukul 13:00 WITA.",
     "2021-12-04T08:00"),
    ("Rabu (5/6/2024) kira-kira pukul 20.00 WIB", "2024-06-05T20:00"),
    ("Sabtu, 4 Desember 2021 lebih kurang pukul 9.30 pagi", "2021-12-04T09:30"),
    ("Sabtu, 4 Desember 2021 kira-kira jam 9 pagi", "2021-12-04T09:00"),
    ("kurang lebih pukul 13.00 WITA", "2025-07-20T12:00"),  # a clock alone: the base day
    ("pada kurang lebih pukul 13.00 WITA", "2025-07-20T12:00"),
])
def test_a_clock_said_more_or_less_or_from_is_the_dates(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sabtu (4/12/2021) dari 10 peserta", "2021-12-04T00:00"),  # counts, no clocks
    ("Sabtu (4/12/2021) dari 1.200 peserta", "2021-12-04T00:00"),
    ("5 Juni 2024 kurang lebih 20 orang", "2024-06-05T00:00"),
    ("5 Juni 2024 kira-kira 3 jam", "2024-06-05T00:00"),
])
def test_a_count_after_those_words_is_no_clock(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected

"""A notice's time under its date: drawn after a clock face (`🗓️ Minggu, 5 April 2026` and `⏰ Pukul 18.30 WIB` on the
next line), or open to its end with its zone after it (`⏰ Pukul : 09.00 - Selesai WIT`, "until done"). Real notices
and invitations: the date's time, in the zone written."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("🗓️ Minggu, 5 April 2026\n⏰ Pukul 18.30 WIB\n📍 Warmindo 17, Pekajangan, Kab. Pekalongan",
     datetime(2026, 4, 5, 18, 30, tzinfo=WIB)),
    ("📅 Hari/Tanggal : Sabtu, 29 Maret 2025\n⏰ Waktu : 17.00 WIB-Selesai", datetime(2025, 3, 29, 17, tzinfo=WIB)),
    ("🗓️ Akad : Rabu 05 Juli 2023\n\t⏰ Pukul : 09.00 - Selesai WIT", datetime(2023, 7, 5, 7, tzinfo=WIB)),
    ("Rabu, 5 Juni 2024 🕗 08.00 WITA", datetime(2024, 6, 5, 7, tzinfo=WIB)),
    # Open to its end without a clock face, in the zone after it.
    ("Rabu, 5 Juni 2024 pukul 08.00 s/d selesai WITA", datetime(2024, 6, 5, 7, tzinfo=WIB)),
    ("Rabu 05 Juli 2023 Pukul : 09.00 - Selesai WIT", datetime(2023, 7, 5, 7, tzinfo=WIB)),
])
def test_a_notice_clock_under_its_date_is_its_time(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Another picture is no clock face; a word that only starts like `selesai` ends no span.
    ("Rabu, 5 Juni 2024 😀 08.00 WITA", datetime(2024, 6, 5, tzinfo=WIB)),
    ("Rabu, 5 Juni 2024 pukul 08.00 - selesainya WITA", datetime(2024, 6, 5, 8, tzinfo=WIB)),
    ("Rabu, 5 Juni 2024 pukul 08.00 sampai selesai", datetime(2024, 6, 5, 8, tzinfo=WIB)),
])
def test_other_marks_and_words_leave_the_reading_as_it_was(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected

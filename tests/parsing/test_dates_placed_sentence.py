"""parse_date on a sentence whose first date is a year-less day and month with a word placing it (`pada 18 Juni
mendatang`, `17 Agustus nanti`, `30 Agustus lalu`): the word picks the year, as in a body; a year-less range
(`20-29 Desember`) is its first day (short real strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "base", "expected"), [
    # To come (`mendatang`, `nanti`): the first such day from the publication on, not the one a year back.
    ("Xiaomi mulai akan menjualnya pada 18 Juni mendatang.", datetime(2020, 6, 12, 10, 0, tzinfo=WIB),
     "2020-06-18T00:00"),
    ("Kepada seleuruh orangtua agar dapat ikut serta mendampingi anak anak dalam pelaksanaan upacara 17 Agustus "
     "nanti yang dilaksanakan di lapangan kantor camat Tambang.", datetime(2023, 8, 15, 7, 27, tzinfo=WIB),
     "2023-08-17T00:00"),
    ("Saya berencana menyerahkan form ini sebelum “D” day 31 Maret mendatang.", datetime(2010, 3, 20, 10, 0, tzinfo=WIB),
     "2010-03-31T00:00"),
    # A range is read as its first day; a four-digit number elsewhere in the sentence is no date.
    ("Kali ini di tahun 2023 tepatnya pada 10-17 Juni mendatang, ajang Kejuaraan Dunia AIDA Pool World Championship "
     "akan digelar di Jeju, Korea Selatan.", datetime(2023, 5, 20, 10, 0, tzinfo=WIB), "2023-06-10T00:00"),
    ("Drs Boy Rafly Amar dijadwalkan menghadiri pelantikan Pengurus Cabang Ikatan Sarjana Nahdlatul Ulama (ISNU) "
     "Kabupaten Jomban periode 2017-2021 pada 25 Maret mendatang.", datetime(2018, 3, 20, 10, 0, tzinfo=WIB),
     "2018-03-25T00:00"),
    # A clock after the placed day is its time; a year word counts from the publication's year.
    ("pada 1 Juni ini pukul 10.00 WIB", datetime(2025, 5, 20, 10, 0, tzinfo=WIB), "2025-06-01T10:00"),
    ("Pendaftaran ditutup 5 Januari tahun depan.", datetime(2024, 12, 20, 10, 0, tzinfo=WIB), "2025-01-05T00:00"),
    # Past (`lalu`): the latest such day not after the publication, as without the word.
    ("Objek luar angkasa ini ditemukan pada 30 Agustus lalu", datetime(2019, 9, 13, 10, 0, tzinfo=WIB),
     "2019-08-30T00:00"),
])
def test_placed_first_day_takes_its_year(text: str, base: datetime, expected: str) -> None:
    assert parse_date(text, base=base).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "base", "expected"), [
    # The first date written is unplaced: a placed one after it does not replace it (a header names its date first).
    ("2 Juni, lalu 5 Juni mendatang", datetime(2025, 5, 20, 10, 0, tzinfo=WIB), "2024-06-02T00:00"),
    # `lalu lintas` (traffic) places nothing.
    ("mulai 12 Juni lalu lintas dialihkan", datetime(2025, 5, 20, 10, 0, tzinfo=WIB), "2024-06-12T00:00"),
])
def test_unplaced_first_day_stays_the_latest_before(text: str, base: datetime, expected: str) -> None:
    assert parse_date(text, base=base).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "base", "expected"), [
    # A year-less range is read as its first day, as in a body, not as the day and month that end it.
    ("“Seruak dingin diprediksi mulai bergerak ke wilayah Indonesia dan diperkirakan mencapai puncaknya pada 20-29 "
     "Desember,” ujarnya.", datetime(2025, 1, 3, 10, 0, tzinfo=WIB), "2024-12-20T00:00"),
    ("KPU akan memberi waktu tiga hari, yakni 23 hingga 25 Mei untuk pihak yang keberatan",
     datetime(2019, 5, 28, 8, 0, tzinfo=WIB), "2019-05-23T00:00"),
    ("From 23 to 29 December, there were 1,954 new cases", datetime(2025, 1, 3, 10, 0, tzinfo=WIB),
     "2024-12-23T00:00"),
    # No range: a first number that is not smaller (a score, a count) leaves the day as written.
    ("menang 3-1 Mei lalu", datetime(2025, 1, 3, 10, 0, tzinfo=WIB), "2024-05-01T00:00"),
])
def test_year_less_range_reads_its_first_day(text: str, base: datetime, expected: str) -> None:
    assert parse_date(text, base=base).strftime("%Y-%m-%dT%H:%M") == expected

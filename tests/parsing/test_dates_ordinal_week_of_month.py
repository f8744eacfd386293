"""A number with an ordinal's `ke-` before a month and a year counts weeks or stages (`sekitar Minggu ke-3 Maret
2021`, a school calendar's `Pekan ke-3 September 2026`), as does a week word with no weekday's name before the number
(`Week 3 March 2026 Status Report`): it names no day, as `No. 2 Desember 2014` names none. The
bare `ke` is `to` (`diundur ke 5 Juni 2024`), and the nth day is a day (`hari ke-3 Juni 2024`): both stay dates."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 6, 5, 12, 0, tzinfo=WIB)


def body_days(text: str) -> list[str]:
    return [found["date"] for found in find_body_dates(text, BASE)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Herzaky menyebut tawaran itu terjadi seminggu sebelum terbit keputusan Kemenkumham, sekitar Minggu ke-3 Maret "
     "2021.", []),
    ('dates: "Pekan ke-3 September 2026"', []),
    ("Siklus evaluasi mingguan pekan ke-3 Oktober 2026 untuk persiapan rapat evaluasi hari Selasa, 20 Oktober 2026.",
     ["2026-10-20"]),
    ("Tujuan jangka pendek: Presentasi tugas ke dosen (deadline: minggu ke-2 Juni 2026)", []),
    ("INSERT INTO `lensa_kegiatan` VALUES (32, 'LAPORAN MINGGU KE-2 JUNI 2020', '2020-06-08')", ["2020-06-08"]),
    ("pada pekan ke 3 Maret 2021", []),
    ("pada tahap ke-2 Juni 2024", []),
    # A week word alone, no weekday: a status report's week, a list of a month's weekly reports.
    ("# MobiRides Week 3 March 2026 Status Report **Report Date:** March 18, 2026 (Updated)", ["2026-03-18"]),
    ('fig.suptitle("Week 3 March 2025 — Battery Dispatch Strategy", fontsize=18)', []),
    ("['Kegiatan Pekan 2 Agustus 2025', 'Warta Mingguan', '2025', 'PPID']", []),
    # A week's number starting a range: the range's end stays a day.
    ("**Periode:** Pekan 2 sampai 28 Oktober 2026  **Target akhir:** Pada 28 Oktober 2026, sistem sudah terintegrasi",
     ["2026-10-28", "2026-10-28"]),
])
def test_an_ordinal_before_a_month_names_no_day(text: str, expected: list[str]) -> None:
    assert body_days(text) == expected


def test_a_week_of_a_month_is_no_page_date() -> None:
    assert minute_in_wib("Minggu ke-3 Maret 2021", BASE) is None


@pytest.mark.parametrize(("text", "expected"), [
    # As before: the preposition `ke`, the nth day, an anniversary's ordinal before its date, a weekday with its date.
    ("Sidang diundur ke 5 Juni 2024 mendatang.", ["2024-06-05"]),
    ("Hari ke-3 Juni 2024", ["2024-06-03"]),
    ("peringatan HUT ke-79 RI 17 Agustus 2024", ["2024-08-17"]),
    ("Jakarta Fair ke-56 digelar 12 Juni 2024", ["2024-06-12"]),
    ("kali ke-2, 5 Juni 2024", ["2024-06-05"]),
    ("Pada Minggu, 3 Maret 2021", ["2021-03-03"]),
    ("Pada Minggu (3/3/2021)", ["2021-03-03"]),
    # A weekend, a week that a date follows, Sunday, a fair's name: the day is a day.
    ("libur akhir pekan 2 Juni 2024", ["2024-06-02"]),
    ("last week 3 June 2024", ["2024-06-03"]),
    ("Minggu 2 Juni 2024", ["2024-06-02"]),
    ("Pekan Raya Jakarta 12 Juni 2024", ["2024-06-12"]),
    ("sepekan 2 Juni 2024", ["2024-06-02"]),
    ("Acara digelar 2 sampai 5 Juni 2024", ["2024-06-02"]),
])
def test_other_numbers_before_a_month_stay_days(text: str, expected: list[str]) -> None:
    assert body_days(text) == expected


def test_a_weekday_with_its_date_stays_a_page_date() -> None:
    assert minute_in_wib("Minggu, 3 Maret 2021", BASE) == "2021-03-03T00:00"

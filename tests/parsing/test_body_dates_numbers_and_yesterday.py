"""Numbers written like dates that name documents (`Surat Edaran Nomor 12/5/2024`) or journal issues (`Vol. 5 No. 2
Desember 2014`), and regional dailies' `kemarin (20/11)`: yesterday with its day and month, in a weekday's place
(short real strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date


def _dates(text: str, base: datetime) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


BASE = datetime(2024, 6, 13, 9, 0, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "berdasarkan Surat Edaran Nomor 12/5/2024 tentang",
    "SE Nomor: 7/4/2023 mengenai",
    "sesuai SE No 12/5/2024",
    "Keputusan Menteri No. 4/5/2023",
    "nomor 19/11/2019",
])
def test_a_numbered_document_is_no_date(text: str) -> None:
    assert _dates(text, BASE) == []
    assert parse_date(text, base=BASE) is None


@pytest.mark.parametrize("text", [
    # A journal issue's number before its month and year (citations of Indonesian journals): no day.
    "Jurnal Teknologi Vol. 2 No. 2 Desember 2009, ISSN 1979-3405",
    "Jurnal Khatulistiwa Informatika, Vol. IV, No. 2 Desember 2016",
    "ComTech Vol. 5 No. 2 Desember 2014: 1059-1072",
    "JOSAR, Vol. 7 No. 1 May, 2021; p-ISSN: 2502-8251; e-ISSN: 2503-1155",
    "Nomor 12 Juni 2020",
])
def test_a_numbered_issue_is_no_day(text: str) -> None:
    assert _dates(text, BASE) == []
    assert parse_date(text, base=BASE) is None


@pytest.mark.parametrize(("text", "expected"), [
    # A date after the number, not touching its sign, is read.
    ("Edisi No.5 | 12 Juni 2020", ["2020-06-12"]),
    ("Jl. Merdeka No. 5, 12 Juni 2020", ["2020-06-12"]),
    ("Kasino 2 Desember 2020", ["2020-12-02"]),
])
def test_a_date_after_a_number_is_read(text: str, expected: list[str]) -> None:
    assert _dates(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The document's own date, written out, is still read.
    ("dalam Surat Edaran (SE) Nomor B-m/308/HI.01.00/X/2019 tanggal 15 Oktober 2019, tentang", ["2019-10-15"]),
    ("Surat Edaran (SE) Nomor 443/3438/HUK tentang tertib pelaksanaan aktivitas tertanggal 18 Desember 2020.",
     ["2020-12-18"]),
    # A word merely ending in the letters is no `No`.
    ("di kasino 12/5/2024 malam", ["2024-05-12"]),
    ("Selasa (12/5/2024) nomor", ["2024-05-12"]),
])
def test_dates_beside_document_numbers_are_still_read(text: str, expected: list[str]) -> None:
    assert _dates(text, BASE) == expected


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("jelas Basiran yang ditemui di ruang kerjanya, kemarin (20/11).", datetime(2019, 11, 21, 11, 5), ["2019-11-20"]),
    ("kata Jokowi kepada wartawan usai berorasi di Lapangan Joglo, Jawa Barat, kemarin (29/3).",
     datetime(2014, 3, 30, 6, 0), ["2014-03-29"]),
    ("kepada Jawa Pos Radar Solo, kemarin (1/11).", datetime(2019, 11, 2, 6, 0), ["2019-11-01"]),
    ("katanya, Kemarin (26/7).", datetime(2023, 7, 27, 6, 0), ["2023-07-26"]),
    # With its weekday, read as before.
    ("Senin kemarin (20/11) ia datang", datetime(2023, 11, 21, 6, 0), ["2023-11-20"]),
])
def test_yesterday_with_its_day_and_month_is_that_day(text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base.replace(tzinfo=WIB)) == expected


@pytest.mark.parametrize(("text", "base"), [
    # A day after the publication date is no yesterday: not a day a year back.
    ("kemarin (25/11) x", datetime(2019, 11, 21, 11, 5)),
    # Without a publication date there is no year.
    ("kemarin (20/11).", None),
    # No day and month in it.
    ("kata dia, kemarin (Senin).", datetime(2019, 11, 21, 11, 5)),
])
def test_yesterday_that_cannot_be_the_day_before_is_no_date(text: str, base: datetime | None) -> None:
    assert _dates(text, base.replace(tzinfo=WIB) if base else None) == []


@pytest.mark.parametrize(("text", "base", "expected"), [
    # A school's bazaar over two days: the first day, under the weekday naming the last.
    ("Bazar kuliner berlangsung dua hari Rabu dan Kamis (25 – 26/1/2023).", datetime(2023, 1, 27, 8, 0),
     ["2023-01-25"]),
    ("berlangsung Selasa dan Rabu (11 dan 12/6) di Jakarta", datetime(2024, 6, 13, 8, 0), ["2024-06-11"]),
    ("Rabu-Kamis (25 - 26/1)", datetime(2023, 1, 27, 8, 0), ["2023-01-25"]),
    ("Senin-Selasa (12 dan 13 Mei)", datetime(2024, 5, 20, 8, 0), ["2024-05-12"]),
    # Days that do not run forward are no pair: a score, a count.
    ("Senin (3 dan 2/5)", datetime(2024, 5, 20, 8, 0), []),
    ("Jumat (2 - 1/5)", datetime(2024, 5, 20, 8, 0), []),
])
def test_two_days_in_the_parenthesis_joined_by_a_spaced_dash_or_dan(text: str, base: datetime,
                                                                     expected: list[str]) -> None:
    assert _dates(text, base.replace(tzinfo=WIB)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta, 31/12 / 2021 (ANTARA) - With 196.7 million Internet users", ["2021-12-31"]),
    ("Due Date: 4 /12 / 2021", ["2021-12-04"]),
    ("'last_transaction_at' = '28 /12 / 2021'", ["2021-12-28"]),
    ("pada 12/5/2021 dan 1 / 2 dari jumlah itu", ["2021-05-12"]),
    ("Surat Edaran Nomor 12 / 5 / 2024 tentang", []),
])
def test_a_numeric_date_with_a_space_at_a_slash_is_a_body_date(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2021, 12, 31, 12, 0, tzinfo=WIB)) == expected


def test_a_slash_left_where_a_year_was_deleted_ends_a_weekdays_day_and_month() -> None:
    text = "kunjungan kerja ke Biro Papua Barat di Manokwari pada Jumat (26/7/) hingga Sabtu (27/7) guna memotivasi"
    assert _dates(text, datetime(2024, 7, 28, 10, 0, tzinfo=WIB)) == ["2024-07-26", "2024-07-27"]


@pytest.mark.parametrize("text", ["pada Jumat (26/7//) di Manokwari", "Jumat (26/7/a)", "Jumat (26/7/202)"])
def test_more_than_a_lone_slash_after_the_month_is_no_year_less_day(text: str) -> None:
    assert "2024-07-26" not in _dates(text, datetime(2024, 7, 28, 10, 0, tzinfo=WIB))

"""parse_date on clocks under a label, hours without minutes and zones written out (real shapes of header lines,
event notices and haj reports, and made-up variants of them); a page header's time in such a zone."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing import parse_article
from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2024, 6, 13, 9, 0, tzinfo=WIB)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("Tanggal: Senin, 12 Mei 2025 Jam: 14:30", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
    ("Diterbitkan: 12 Mei 2025 | Jam: 14:30", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
    ("12 Mei 2025 Jam: 14:30 WIB", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
    ("Tanggal 27-07-2024 Jam 11.00", datetime(2024, 7, 27, 11, 0, tzinfo=WIB)),
    ("Tanggal: 12 Mei 2025 Waktu: 14:30", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
    ("Tanggal: Sabtu, 28 Juni 2025\nWaktu: 10.30 - 17.00 WIB", datetime(2025, 6, 28, 10, 30, tzinfo=WIB)),
    ("Date: May 12, 2025 Time: 2:30 PM", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
])
def test_a_clock_under_its_label_after_the_date_is_its_time(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jam: 10:00 WIB", datetime(2024, 6, 13, 10, 0, tzinfo=WIB)),
    ("Jam: 14.00 - 16.00 WIB", datetime(2024, 6, 13, 14, 0, tzinfo=WIB)),
    ("pada pukul 12.00 siang", datetime(2024, 6, 13, 12, 0, tzinfo=WIB)),
])
def test_a_labelled_clock_alone_is_on_the_base_day(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("28 Juni 2024 jam 10 pagi", datetime(2024, 6, 28, 10, 0, tzinfo=WIB)),
    ("Senin, 12 Mei 2025 pukul 9 malam", datetime(2025, 5, 12, 21, 0, tzinfo=WIB)),
    ("Senin, 12 Mei 2025 pukul 10 WIB", datetime(2025, 5, 12, 10, 0, tzinfo=WIB)),
    ("12 Mei 2025 pukul 10 WITA", datetime(2025, 5, 12, 9, 0, tzinfo=WIB)),
    ("12 Mei 2025, 9am", datetime(2025, 5, 12, 9, 0, tzinfo=WIB)),
    ("May 12, 2025 3 p.m.", datetime(2025, 5, 12, 15, 0, tzinfo=WIB)),
])
def test_an_hour_without_minutes_said_as_a_clock_is_the_time(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("pukul 9 pagi", datetime(2024, 6, 13, 9, 0, tzinfo=WIB)),
    ("jam 13 WIB", datetime(2024, 6, 13, 13, 0, tzinfo=WIB)),
    ("9am", datetime(2024, 6, 13, 9, 0, tzinfo=WIB)),
    ("kemarin pukul 10 pagi", datetime(2024, 6, 12, 10, 0, tzinfo=WIB)),
    ("1pm, RABU: Beberapa pemimpin parti", datetime(2024, 6, 12, 13, 0, tzinfo=WIB)),
])
def test_an_hour_without_minutes_alone_is_on_the_base_day(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize("text", [
    "24 jam 7 hari", "jam 7 hari kerja", "5 jam", "pukul 9", "Senin, 12 Mei 2025 | 9 pagi",
])
def test_an_hour_without_minutes_a_label_or_a_part_of_day_is_no_clock(text: str) -> None:
    parsed = parse_date(text, base=BASE)
    assert parsed is None or (parsed.hour, parsed.minute) == (0, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("12 Mei 2025 pukul 14.30 Waktu Indonesia Tengah", datetime(2025, 5, 12, 13, 30, tzinfo=WIB)),
    ("12 Mei 2025 pukul 14.30 Waktu Indonesia Timur (WIT)", datetime(2025, 5, 12, 12, 30, tzinfo=WIB)),
    ("12 Mei 2025 pukul 14.30 waktu Indonesia bagian barat", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
    ("pada 13 Mei 2024 pukul 17:27 waktu Arab Saudi (WAS)", datetime(2024, 5, 13, 21, 27, tzinfo=WIB)),
    ("13 Mei 2024 pukul 17.27 WAS", datetime(2024, 5, 13, 21, 27, tzinfo=WIB)),
    ("12 Mei 2025 jam 10.15 waktu Malaysia", datetime(2025, 5, 12, 9, 15, tzinfo=WIB)),
    ("May 12, 2025 10 a.m. Central Indonesia Time", datetime(2025, 5, 12, 9, 0, tzinfo=WIB)),
    ("Wed Apr 21 2021 00:11:48 GMT+0800 (Waktu Indonesia Tengah)", datetime(2021, 4, 20, 23, 11, 48, tzinfo=WIB)),
])
def test_a_zone_written_out_moves_the_time(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "Rabu, 18 Juni 2025, sekitar pukul 17.50 waktu setempat",
    "12 Mei 2025 10.00 local time",
    "12 Mei 2025 pukul 10.00 waktu tempatan",
])
def test_a_clock_in_local_time_of_an_unknown_place_is_not_read(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and (parsed.hour, parsed.minute) == (0, 0)


def test_a_clock_alone_in_local_time_is_no_moment() -> None:
    assert parse_date("pukul 14.30 waktu setempat", base=BASE) is None


def test_local_time_after_an_indonesian_zone_keeps_the_zone() -> None:
    assert parse_date("12 Mei 2025 pukul 10.00 WIB (waktu setempat)") == datetime(2025, 5, 12, 10, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarikh : 13 Februari 2025 (Khamis)\nMasa : 10.00 pagi - 3.00 petang", datetime(2025, 2, 13, 10, 0, tzinfo=WIB)),
    ("Hari/Tanggal : 02 Januari 2021\nWaktu : 11.00 - 16.30 WIB", datetime(2021, 1, 2, 11, 0, tzinfo=WIB)),
    ("Tanggal : 23 April 2024 (Selasa) Waktu : 14.40 WIB", datetime(2024, 4, 23, 14, 40, tzinfo=WIB)),
])
def test_a_weekday_in_parentheses_between_a_date_and_its_labelled_clock_keeps_the_clock(
        text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_a_word_in_parentheses_that_is_no_weekday_keeps_the_clock_apart() -> None:
    assert parse_date("Tanggal : 23 April 2024 (Online) Waktu : 14.40 WIB") == datetime(2024, 4, 23, tzinfo=WIB)


def test_a_malay_time_label_alone_is_on_the_base_day() -> None:
    assert parse_date("Masa : 10:24 AM", base=BASE) == datetime(2024, 6, 13, 10, 24, tzinfo=WIB)


def test_an_english_zone_name_with_standard_moves_the_time() -> None:
    assert parse_date("Jan 31, 2018 8:29 p.m. Eastern Indonesian Standard Time") == datetime(
        2018, 1, 31, 18, 29, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("pukul 23.00 WIT pada Senin (24/1)", datetime(2022, 1, 24, 21, 0, tzinfo=WIB)),
    ("pukul 03.00 WIT pada Selasa (25/1)", datetime(2022, 1, 25, 1, 0, tzinfo=WIB)),
    ("10 a.m. on May 12, 2021", datetime(2021, 5, 12, 10, 0, tzinfo=WIB)),
])
def test_a_clock_said_to_be_on_the_date_after_it_is_its_time(text: str, expected: datetime) -> None:
    assert parse_date(text, base=datetime(2022, 1, 25, 12, 0, tzinfo=WIB)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("jam 8 malam tadi", datetime(2022, 10, 27, 20, 0, tzinfo=WIB)),
    ("10.58 pagi tadi", datetime(2022, 10, 27, 10, 58, tzinfo=WIB)),
])
def test_a_clock_said_earlier_is_not_after_the_base(text: str, expected: datetime) -> None:
    assert parse_date(text, base=datetime(2022, 10, 28, 8, 0, tzinfo=WIB)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minggu (19/1/2025) pukul 08.30 waktu setempat atau pukul 13.30 WIB", datetime(2025, 1, 19, 13, 30, tzinfo=WIB)),
    ("Jumat, 24 November 2023 pukul 7 pagi waktu setempat (pukul 12 siang waktu Jakarta)",
     datetime(2023, 11, 24, 12, 0, tzinfo=WIB)),
    ("Rabu, 18 Juni 2025 pukul 17.50 waktu setempat (21.50 WIB)", datetime(2025, 6, 18, 21, 50, tzinfo=WIB)),
    ("13 Mei 2024 pukul 17:27 waktu Makkah", datetime(2024, 5, 13, 21, 27, tzinfo=WIB)),
])
def test_local_time_restated_in_a_named_zone_is_read_there(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "Rabu, 18 Juni 2025 pukul 17.50 waktu setempat atau 21.50",
    "Rabu, 18 Juni 2025 pukul 17.50 waktu setempat (10.50 waktu setempat)",
])
def test_local_time_restated_without_a_zone_stays_unread(text: str) -> None:
    assert parse_date(text) == datetime(2025, 6, 18, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("7 am today", datetime(2024, 6, 13, 7, 0, tzinfo=WIB)),
    ("10 pm yesterday", datetime(2024, 6, 12, 22, 0, tzinfo=WIB)),
    ("9 pm tonight", datetime(2024, 6, 13, 21, 0, tzinfo=WIB)),
])
def test_an_english_day_word_after_a_clock_places_it(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_a_clock_said_to_start_the_date_is_its_time() -> None:
    assert parse_date("Selasa (11/06/2024) mulai pukul 14.00 Wita.") == datetime(2024, 6, 11, 13, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("pada jam 11.02 pagi.", datetime(2024, 6, 13, 11, 2, tzinfo=WIB)),
    ("pada jam 12.04 tengah hari.", datetime(2024, 6, 13, 12, 4, tzinfo=WIB)),
    ("jam 4 petang Isnin", datetime(2024, 6, 10, 16, 0, tzinfo=WIB)),
])
def test_a_malay_clock_closing_its_sentence_is_on_the_base_day(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_a_full_stop_after_digits_alone_is_no_clock() -> None:
    assert parse_date("12.05.", base=BASE) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Senin pukul 9 pagi", datetime(2024, 6, 10, 9, 0, tzinfo=WIB)),
    ("Jumat lalu jam 10 malam", datetime(2024, 6, 7, 22, 0, tzinfo=WIB)),
    ("pk 9 pagi", datetime(2024, 6, 13, 9, 0, tzinfo=WIB)),
])
def test_an_hour_said_as_a_clock_after_a_weekday_is_that_day(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize("text", ["Senin 9", "Rabu 5 orang", "Kamis 10 WIB"])
def test_a_weekday_and_a_bare_number_are_no_clock(text: str) -> None:
    assert parse_date(text, base=BASE) is None


def test_a_clock_before_the_parenthesis_of_a_dated_weekday_is_its_time() -> None:
    assert parse_date("Pukul 14.30 WIB, Senin (12/5/2025)") == datetime(2025, 5, 12, 14, 30, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("pukul 02.20 Waktu Arab Saudi (WAS)", datetime(2024, 6, 13, 6, 20, tzinfo=WIB)),
    ("pada pukul 22.30 waktu Arab Saudi (WAS)", datetime(2024, 6, 14, 2, 30, tzinfo=WIB)),
    ("pukul 10.00 Waktu Indonesia Tengah (WITA)", datetime(2024, 6, 13, 9, 0, tzinfo=WIB)),
])
def test_a_clock_in_a_written_out_zone_and_its_abbreviation_alone_is_on_the_base_day(
        text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("pada pukul 07.00 Waktu Arab Saudi (WAS) atau pukul 11.00 WIB.", datetime(2024, 6, 13, 11, 0, tzinfo=WIB)),
    ("pukul 08.30 waktu setempat atau pukul 13.30 WIB", datetime(2024, 6, 13, 13, 30, tzinfo=WIB)),
    ("pukul 08.30 waktu setempat (13.30 WIB)", datetime(2024, 6, 13, 13, 30, tzinfo=WIB)),
])
def test_a_clock_alone_restated_in_an_indonesian_zone_is_that_moment(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def _page(header: str, head: str = "") -> bytes:
    body = "<p>Paragraf pertama berita ini cukup panjang untuk menjadi badan artikel yang sebenarnya.</p>" * 3
    return (f"<html><head>{head}</head><body><h1>Judul Berita</h1><div class='date'>{header}</div>"
            f"<div class='content'>{body}</div></body></html>").encode()


@pytest.mark.parametrize(("header", "expected"), [
    ("Senin, 12 Mei 2025 14:30 Waktu Indonesia Tengah", "2025-05-12T13:30:00+07:00"),
    ("Senin, 12 Mei 2025 14:30 Waktu Indonesia Timur (WIT)", "2025-05-12T12:30:00+07:00"),
    ("Senin, 12 Mei 2025 14:30 waktu Malaysia", "2025-05-12T13:30:00+07:00"),
])
def test_a_page_header_time_in_a_written_out_zone_is_moved(header: str, expected: str) -> None:
    assert parse_article(_page(header), "https://example.com/a")["published_at"] == expected


def test_a_page_header_clock_in_local_time_gives_way_to_a_machine_time() -> None:
    meta = "<meta property='article:published_time' content='2025-05-12T18:30:00+07:00'>"
    item = parse_article(_page("Senin, 12 Mei 2025 14:30 waktu setempat", meta), "https://example.com/a")
    assert item["published_at"] == "2025-05-12T18:30:00+07:00"


@pytest.mark.parametrize(("header", "author"), [
    ("Tanggal: Senin, 12 Mei 2025 Jam: 14:30", None),
    ("Diterbitkan: Senin, 12 Mei 2025 | Jam 14:30 WIB", None),
    ("Budi Santoso - Senin, 12 Mei 2025 Jam 14:30 WIB", "Budi Santoso"),
])
def test_a_page_header_clock_under_its_label_is_the_published_time(header: str, author: str | None) -> None:
    item = parse_article(_page(header), "https://example.com/a")
    assert (item["published_at"], item["author"]) == ("2025-05-12T14:30:00+07:00", author)


@pytest.mark.parametrize(("text", "expected"), [
    # An aggregator's copy of a wire's TV listing: the start, in the zone and half of the day after the end.
    ("8-9 p.m. EDT Wednesday, April 6", datetime(2016, 4, 7, 7, 0, tzinfo=WIB)),
    ("8-10:06 p.m. EDT Thursday, April 7", datetime(2016, 4, 8, 7, 0, tzinfo=WIB)),
    ("10 Juni 2016, 5-9 p.m.", datetime(2016, 6, 10, 17, 0, tzinfo=WIB)),
    ("Senin 10 Juni 2016 jam 8 - 10 pagi", datetime(2016, 6, 10, 8, 0, tzinfo=WIB)),
    ("Senin, 10 Juni 2016 jam 8 - 10 malam", datetime(2016, 6, 10, 20, 0, tzinfo=WIB)),
    # A start past its end is in the half of the day before it; an end at 12 says no half.
    ("10 Juni 2016 11-1 p.m.", datetime(2016, 6, 10, 11, 0, tzinfo=WIB)),
    ("10 Juni 2016 11.30-1 pm", datetime(2016, 6, 10, 11, 30, tzinfo=WIB)),
    ("8-12 a.m.", datetime(2016, 3, 30, 8, 0, tzinfo=WIB)),
    ("12-2 p.m.", datetime(2016, 3, 30, 12, 0, tzinfo=WIB)),
    # A start with its own half of the day, the end written with its own.
    ("9 p.m.-12 a.m.", datetime(2016, 3, 30, 21, 0, tzinfo=WIB)),
    ("Wednesday 11 a.m.-3 p.m.", datetime(2016, 3, 30, 11, 0, tzinfo=WIB)),
])
def test_a_span_of_hours_is_read_as_its_start_never_its_end(text: str, expected: datetime) -> None:
    assert parse_date(text, base=datetime(2016, 3, 30, 12, 29, tzinfo=WIB)) == expected


@pytest.mark.parametrize("text", ["jam 7 - 9", "jam 7 - 9 hari", "3-4 dan 5"])
def test_a_span_of_numbers_that_names_no_half_of_the_day_is_no_clock(text: str) -> None:
    assert parse_date(text, base=datetime(2016, 3, 30, 12, 29, tzinfo=WIB)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("tanggal/waktu : 10 mei 2020 : 21.30", datetime(2020, 5, 10, 21, 30, tzinfo=WIB)),
    ("@created on 18.09.2020 : 21:29\n */", datetime(2020, 9, 18, 21, 29, tzinfo=WIB)),
    ("dotCase.js [ 28.01.2020 : 21:42:33 ]", datetime(2020, 1, 28, 21, 42, 33, tzinfo=WIB)),
    ("Created By Welbert Moreira on 24/06/2020 : 21:43", datetime(2020, 6, 24, 21, 43, tzinfo=WIB)),
    ("Senin, 12 Mei 2025: 14.30 WIB", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
    # A count after a date's colon is no clock.
    ("per 10 Mei 2025: 12.50 persen", datetime(2025, 5, 10, tzinfo=WIB)),
])
def test_a_clock_after_a_colon_closing_its_date_is_its_time(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_counts_after_years_colons_are_no_dates() -> None:
    assert parse_date("2020 : 211, 2021 : 204, 2022 : 209") is None
    assert parse_date("hingga 2025: 12.50 persen") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("24/10/2024 - 14:30 PM", datetime(2024, 10, 24, 14, 30, tzinfo=WIB)),
    ("Apr 22, 2024 - 14:30 PM", datetime(2024, 4, 22, 14, 30, tzinfo=WIB)),
    ("27/06/2024 - 14:30 pm", datetime(2024, 6, 27, 14, 30, tzinfo=WIB)),
    ("12 Mei 2024 00:15 AM", datetime(2024, 5, 12, 0, 15, tzinfo=WIB)),
])
def test_a_24_hour_clock_with_its_own_half_of_the_day_keeps_its_hour(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["12 Mei 2024 14.30 AM", "12 Mei 2024 00:15 PM"])
def test_a_24_hour_clock_in_the_other_half_of_the_day_is_no_clock(text: str) -> None:
    assert parse_date(text) == datetime(2024, 5, 12, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Round 1 on 2026/06/17 at 2:00PM (GMT+8)", datetime(2026, 6, 17, 13, 0, tzinfo=WIB)),
    ("Created by KDing5 on 2018/3/29 16:41(GMT+8).", datetime(2018, 3, 29, 15, 41, tzinfo=WIB)),
    ("12 Mei 2025 10:00 (WITA)", datetime(2025, 5, 12, 9, 0, tzinfo=WIB)),
    ("12 May 2025 10:00 (UTC)", datetime(2025, 5, 12, 17, 0, tzinfo=WIB)),
    ("2026-05-30 00:30 (GMT+8)", datetime(2026, 5, 29, 23, 30, tzinfo=WIB)),
    ("2026-08-18 16:00 (GMT+7)", datetime(2026, 8, 18, 16, 0, tzinfo=WIB)),
    ("11/2/2026 08:00 PM (GMT+7)", datetime(2026, 2, 11, 20, 0, tzinfo=WIB)),
])
def test_a_zone_in_parentheses_after_the_clock_is_its_zone(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["12 Mei 2025 10:00 (WITA", "2026-05-30 00:30 (WITA"])
def test_a_zone_after_an_unclosed_parenthesis_is_not_read(text: str) -> None:
    assert parse_date(text).utcoffset() == WIB.utcoffset(None)


def test_a_clock_in_a_parenthesised_zone_alone_is_on_the_base_day() -> None:
    assert parse_date("pukul 10.00 (WIT)", base=BASE) == datetime(2024, 6, 13, 8, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("8.00 mlm", datetime(2024, 6, 13, 20, 0, tzinfo=WIB)),
    ("12.00 mlm", datetime(2024, 6, 13, 0, 0, tzinfo=WIB)),
    ("jam 9.00 mlm", datetime(2024, 6, 13, 21, 0, tzinfo=WIB)),
])
def test_malay_mlm_is_the_evening(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_a_date_and_an_evening_clock_in_malay_shorthand() -> None:
    # Read as 8 in the morning before `mlm` was known.
    assert parse_date("Sabtu, 25 Disember 2026\n8.00 mlm") == datetime(2026, 12, 25, 20, 0, tzinfo=WIB)


def test_mlm_inside_a_word_is_no_part_of_day() -> None:
    assert parse_date("120.00 MLMT credited", base=BASE) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("12.00 TGH", datetime(2024, 6, 13, 12, 0, tzinfo=WIB)),
    ("1.00 tgh", datetime(2024, 6, 13, 13, 0, tzinfo=WIB)),
    ("jam 12.30 tghhari", datetime(2024, 6, 13, 12, 30, tzinfo=WIB)),
])
def test_malay_tgh_is_midday(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANTARA's English header writes the offset after GMT with an unpadded hour.
    ("September 16, 2025 16:08 GMT+700", datetime(2025, 9, 16, 16, 8, tzinfo=WIB)),
    ("16 Sep 2025 16:08 UTC+800", datetime(2025, 9, 16, 15, 8, tzinfo=WIB)),
    ("16 Sep 2025 16:08 GMT+530", datetime(2025, 9, 16, 17, 38, tzinfo=WIB)),
])
def test_an_offset_after_gmt_with_an_unpadded_hour_is_the_zone(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_three_digits_after_an_indonesian_zone_are_no_offset() -> None:
    assert parse_date("Senin, 12 Mei 2025 14:05 WIB +123") == datetime(2025, 5, 12, 14, 5, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # A Malay span of hours whose start says its own part of day is read as its start.
    ("3:00 petang - 5:00 petang", datetime(2024, 6, 13, 15, 0, tzinfo=WIB)),
    ("8.00 malam - 11.00 malam", datetime(2024, 6, 13, 20, 0, tzinfo=WIB)),
    ("13 Februari 2025, 8.30 pagi sehingga 4.30 petang", datetime(2025, 2, 13, 8, 30, tzinfo=WIB)),
])
def test_a_span_of_hours_each_with_its_part_of_day_is_read_as_its_start(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_malay_sehingga_joins_a_range_of_days() -> None:
    assert parse_date("12 sehingga 14 Mei 2025") == datetime(2025, 5, 12, tzinfo=WIB)

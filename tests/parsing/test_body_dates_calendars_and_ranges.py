"""find_body_dates on real shapes of Indonesian and Malaysian article bodies: a Gregorian date restated in the Hijri
calendar after it, a range of days under a range of weekdays, a slipped weekday; a ticker's headline glued to its time
ago; Arabic `الساعة` (at the hour) before a clock (short real strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2024, 6, 16, 10, 0, tzinfo=WIB)


def _dates(text: str, base: datetime = BASE) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "expected"), [
    # Umm al-Qura puts 10 Dzulhijjah 1445 on 16 June; Indonesia kept it on the 17th: the Gregorian half is the day.
    ("Artinya, perayaan Idul Adha dilaksanakan pada Senin, 17 Juni 2024/ 10 Dzulhijjah 1445 H.", ["2024-06-17"]),
    ("Idul Adha jatuh pada Senin, 17 Juni 2024 (10 Dzulhijjah 1445 H).", ["2024-06-17"]),
    ("on Sunday, 16 June 2024 (10 Dhul Hijjah 1445 AH).", ["2024-06-16"]),
    ("pada 10 April 2024 atau 1 Syawal 1445 H", ["2024-04-10"]),
    ("dimulai Jumat (10/5) atau 2 Dzulqa'dah 1445 H.", ["2024-05-10"]),
])
def test_a_hijri_date_restating_the_gregorian_date_before_it_is_one_mention(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


def test_the_gregorian_then_hijri_mention_spans_both_halves() -> None:
    found = find_body_dates("pada Senin, 17 Juni 2024 (10 Dzulhijjah 1445 H).", BASE)
    assert found == [{"text": "17 Juni 2024 (10 Dzulhijjah 1445 H)", "date": "2024-06-17"}]


@pytest.mark.parametrize(("text", "expected"), [
    # Not joined as one day: two mentions.
    ("Sidang isbat digelar 6 Juni 2024, dan 1 Dzulhijjah 1445 H ditetapkan", ["2024-06-06", "2024-06-07"]),
    ("Dengan ditetapkannya 1 Zulhijah 1445 H, maka Hari Raya Idul Adha 10 Zulhijah 1445 H akan jatuh pada "
     "17 Juni 2024.", ["2024-06-07", "2024-06-17"]),
])
def test_a_hijri_date_not_joined_to_the_date_before_it_stays_its_own(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("BNN berhasil mengungkap peredaran sabu pada Kamis-Jumat (25-26/4), yaitu di Pelabuhan Buruh",
     datetime(2024, 4, 29, 10, 0, tzinfo=WIB), ["2024-04-25"]),
    ("Rapat digelar pada Selasa-Rabu (11-12/6/2024) di Jakarta", BASE, ["2024-06-11"]),
    ("pada Selasa dan Rabu (11-12/6) di Jakarta", BASE, ["2024-06-11"]),
    ("Senin-Selasa (12-13 Mei): Initial contact via phone", datetime(2025, 5, 10, 10, 0, tzinfo=WIB),
     ["2025-05-12"]),
])
def test_a_range_of_days_under_a_range_of_weekdays_is_read_as_its_first(
        text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base) == expected


def test_the_weekday_before_a_range_names_its_last_day_when_it_is_to_come() -> None:
    # 18-19 June 2024 is Tuesday-Wednesday: the range a week ahead, not June 2023's.
    assert _dates("Selasa-Rabu (18-19/6) mendatang", datetime(2024, 6, 13, 9, 0, tzinfo=WIB)) == ["2024-06-18"]


@pytest.mark.parametrize("text", ["Kamis (13-1/6)", "Minggu (3-3/6)"])
def test_a_second_number_not_after_the_first_is_no_range(text: str) -> None:
    assert _dates(text) == []


def test_a_range_of_weekdays_and_days_in_a_header_reads_its_first_day() -> None:
    assert parse_date("Selasa-Rabu (11-12/6/2024)") == datetime(2024, 6, 11, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # 11 March 2024 was a Monday, 11 March 2023 a Saturday: the day after the publication, not a year before it.
    ("menetapkan 1 Ramadan atau Ramadhan 2024/1445 Hijriah jatuh pada Selasa (11/3) mendatang.", ["2024-03-11"]),
    ("penetapan awal puasa Ramadan dimulai pada luasa, Selasa (11/3).", ["2024-03-11"]),
    # A weekday that fits the latest such day keeps it.
    ("kata Yaqut dalam Konferensi Pers usai Sidang Isbat, Minggu (10/3).", ["2024-03-10"]),
])
def test_a_weekday_fitting_neither_year_takes_the_nearer_day(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2024, 3, 10, 20, 0, tzinfo=WIB)) == expected


def test_a_weekday_fitting_neither_year_keeps_a_recent_past_day() -> None:
    # 5 March 2024 was a Tuesday: five days back is nearer than the next 5 March.
    assert _dates("kata dia, Senin (5/3).", datetime(2024, 3, 10, 20, 0, tzinfo=WIB)) == ["2024-03-05"]


@pytest.mark.parametrize(("text", "expected"), [
    ("3 hours agoSudan's RSF Welcome UNSC Call for Cessation of Hostilities in Ramadan",
     datetime(2024, 3, 10, 17, 0, tzinfo=WIB)),
    ("17 hours agoFive Palestinians Killed in a Failed Parachute Landing", datetime(2024, 3, 10, 3, 0, tzinfo=WIB)),
])
def test_a_headline_glued_to_ago_leaves_the_time_ago(text: str, expected: datetime) -> None:
    assert parse_date(text, base=datetime(2024, 3, 10, 20, 0, tzinfo=WIB)) == expected


def test_ago_running_into_a_small_letter_is_another_word() -> None:
    assert parse_date("3 hours agonewsletter", base=datetime(2024, 3, 10, 20, 0, tzinfo=WIB)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("-- Generation Time: 06 مايو 2024 الساعة 22:14", datetime(2024, 5, 6, 22, 14, tzinfo=WIB)),
    ("الأربعاء، 12 حزيران/يونيو 2024 الساعة 14:30", datetime(2024, 6, 12, 14, 30, tzinfo=WIB)),
    ("متاح يوم الثلاثاء 30-05-2024 الساعة 10:30", datetime(2024, 5, 30, 10, 30, tzinfo=WIB)),
    ("صيانة مجدولة في 20 يناير 2024 الساعة 2:00 صباحًا", datetime(2024, 1, 20, 2, 0, tzinfo=WIB)),
    ("12 يونيو 2024 - 2:30 مساءً", datetime(2024, 6, 12, 14, 30, tzinfo=WIB)),
])
def test_arabic_at_the_hour_and_morning_and_evening_words_place_the_clock(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_an_arabic_word_only_starting_like_evening_is_no_part_of_day() -> None:
    assert parse_date("12 يونيو 2024 - 2:30 مساعد") == datetime(2024, 6, 12, 2, 30, tzinfo=WIB)


def test_a_body_date_with_its_weekday_after_it_in_parentheses_is_reported() -> None:
    found = find_body_dates("Rapat digelar 7 Oktober (Senin) di kantor gubernur.", datetime(2019, 10, 9, tzinfo=WIB))
    assert [entry["date"] for entry in found] == ["2019-10-07"]


@pytest.mark.parametrize(("text", "expected"), [
    # A festival report: `di Setu Babakan, Jagakarsa, Jakarta Selatan (12-13/11/2022)`.
    ("di Setu Babakan, Jagakarsa, Jakarta Selatan (12-13/11/2022).", ["2022-11-12"]),
    ("Acara dilaksanakan 28-30/11/2022 di Jakarta", ["2022-11-28"]),
    ("Sabtu-Minggu (12-13/11/2022)", ["2022-11-12"]),
])
def test_a_range_of_days_before_a_numeric_month_and_year_is_read_as_its_first(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2022, 11, 14, 10, 0, tzinfo=WIB)) == expected


@pytest.mark.parametrize("text", ["skor 3-1/5/2024", "12-13-11-2022", "30-31/2/2024"])
def test_numbers_that_do_not_run_forward_between_slashes_are_no_range(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Berita Jakarta's English edition keeps the American order of its translation: `Friday (9/16)`.
    ("expressed Jakarta Tourism and Creative Economy Agency Head, Andhika Pratama, Friday (9/16).", ["2022-09-16"]),
    ("kata dia, Jumat (16/9).", ["2022-09-16"]),
])
def test_a_weekday_and_a_month_first_day_read_so_when_the_second_is_no_month(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2022, 9, 16, 12, 0, tzinfo=WIB)) == expected


def test_a_month_first_day_whose_weekday_disagrees_is_not_read() -> None:
    assert _dates("said Andhika, Thursday (9/16).", datetime(2022, 9, 16, 12, 0, tzinfo=WIB)) == []

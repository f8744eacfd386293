"""parse_date and find_body_dates on real shapes of English-language, Malaysian and Bruneian pages, archive
indexes and machine-printed moments (short real strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2024, 6, 20, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Jakarta Post | Fri, 04/10/2009 3:30 PM", datetime(2009, 4, 10, 15, 30, tzinfo=WIB)),
    ("The Jakarta Post | Thu, 04/09/2009 6:05 PM", datetime(2009, 4, 9, 18, 5, tzinfo=WIB)),
    ("The Jakarta Post | Mon, 05/02/2011 11:50 AM | World", datetime(2011, 5, 2, 11, 50, tzinfo=WIB)),
])
def test_an_english_day_name_reads_a_numeric_date_month_first_when_only_that_reading_falls_on_it(
        text: str, expected: datetime) -> None:
    assert parse_date(text) == expected
    assert parse_date(text, base=BASE) == expected


def test_an_english_day_name_turns_a_date_in_a_body_too() -> None:
    assert find_body_dates("posted on Fri, 04/10/2009 3:30 PM", BASE) == [{"text": "04/10/2009", "date": "2009-04-10"}]


@pytest.mark.parametrize(("text", "expected"), [
    # The written weekday matches neither reading (a wrong weekday): the Indonesian order stands.
    ("Kamis (08/07/2020)", datetime(2020, 7, 8, tzinfo=WIB)),
    # An Indonesian or Malay day name goes with a day-first date whatever weekday it names.
    ("Jumat, 04/10/2009", datetime(2009, 10, 4, tzinfo=WIB)),
    ("Jumaat, 04/10/2009", datetime(2009, 10, 4, tzinfo=WIB)),
    # The day-first reading falls on the English day name: it stands.
    ("Sunday, 04/10/2009", datetime(2009, 10, 4, tzinfo=WIB)),
    # No day name: day first.
    ("04/10/2009 15:30", datetime(2009, 10, 4, 15, 30, tzinfo=WIB)),
])
def test_a_numeric_date_stays_day_first_unless_an_english_day_name_says_otherwise(
        text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Jakarta Post, Jakarta | Tue, 11/29/2011 8:13 PM", datetime(2011, 11, 29, 20, 13, tzinfo=WIB)),
    ("The Jakarta Post | Wed, 11/30/2011 6:42 AM", datetime(2011, 11, 30, 6, 42, tzinfo=WIB)),
])
def test_a_month_first_date_whose_day_passes_twelve_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("22 Jul 24\n714", datetime(2024, 7, 22, tzinfo=WIB)),
    ("16 Feb 25\n153", datetime(2025, 2, 16, tzinfo=WIB)),
    ("22 Jul 24 | 714 views", datetime(2024, 7, 22, tzinfo=WIB)),
    ("Mon, 12 May 25 14:30:00 +0700", datetime(2025, 5, 12, 14, 30, tzinfo=WIB)),
])
def test_a_two_digit_year_after_a_named_month_with_spaces_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected
    # The written year wins over the base's.
    assert parse_date(text, base=datetime(2026, 12, 1, 8, 0, tzinfo=WIB)) == expected


@pytest.mark.parametrize("text", ["1 Des 20 orang", "12 Mei 14:30", "Kamis, 16 Mei 10.00 WIB"])
def test_a_count_or_a_clock_after_a_day_and_month_is_no_two_digit_year(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Tuesday, 09-Nov-99 10:12:40", datetime(1999, 11, 9, 10, 12, 40, tzinfo=WIB)),
    ("14-06-80", datetime(1980, 6, 14, tzinfo=WIB)),
    ("31-10-13", datetime(2013, 10, 31, tzinfo=WIB)),
])
def test_a_two_digit_year_far_ahead_is_of_the_century_before(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("# REV03: Tue Jul  2 12:44:23 WIB 2019", datetime(2019, 7, 2, 12, 44, 23, tzinfo=WIB)),
    (" * START Fri Mar 15 13:52:00 WIB 2019", datetime(2019, 3, 15, 13, 52, tzinfo=WIB)),
    ("Sat Apr 06 00:49:30 +0800 2013", datetime(2013, 4, 5, 23, 49, 30, tzinfo=WIB)),
    ("Mon May 12 14:30:00 UTC 2025", datetime(2025, 5, 12, 21, 30, tzinfo=WIB)),
])
def test_a_clock_between_the_day_and_the_year_keeps_the_written_year(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected
    assert parse_date(text, base=BASE) == expected


MIDNIGHT = datetime(2000, 1, 1, 0, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Semalam pada jam 00.00", datetime(1999, 12, 31, 0, 0, tzinfo=WIB)),
    ("Hari ini pada jam 00.00", datetime(2000, 1, 1, 0, 0, tzinfo=WIB)),
    ("Isnin lepas pada jam 00.00", datetime(1999, 12, 27, 0, 0, tzinfo=WIB)),
    ("Kemarin pukul 00.00", datetime(1999, 12, 31, 0, 0, tzinfo=WIB)),
    ("Semalam", datetime(1999, 12, 31, 0, 0, tzinfo=WIB)),
])
def test_malay_yesterday_and_at_the_hour_words_place_a_clock(text: str, expected: datetime) -> None:
    assert parse_date(text, base=MIDNIGHT) == expected


@pytest.mark.parametrize("text", ["kata beliau semalam", "menginap semalam di hotel"])
def test_semalam_inside_a_sentence_is_no_date(text: str) -> None:
    assert parse_date(text, base=MIDNIGHT) is None


NEW_YEAR_MIDNIGHT = datetime(2018, 1, 4, 0, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("1dt yang lalu", datetime(2018, 1, 3, 23, 59, 59, tzinfo=WIB)),
    ("2j yang lalu", datetime(2018, 1, 3, 22, 0, tzinfo=WIB)),
    ("2mgg yang lalu", datetime(2017, 12, 21, 0, 0, tzinfo=WIB)),
    ("2thn 3bln 1hr 1dt yang lalu", datetime(2015, 10, 2, 23, 59, 59, tzinfo=WIB)),
])
def test_short_units_of_apps_and_widgets_count_back(text: str, expected: datetime) -> None:
    assert parse_date(text, base=NEW_YEAR_MIDNIGHT) == expected


@pytest.mark.parametrize("text", ["1hr 3j", "2 hari", "1 detik dari sekarang", "sejam dari sekarang"])
def test_a_duration_or_a_time_to_come_is_no_date(text: str) -> None:
    assert parse_date(text, base=NEW_YEAR_MIDNIGHT) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Isnin, 12 Mei 2025 1:30 tengahari", datetime(2025, 5, 12, 13, 30, tzinfo=WIB)),
    ("12 Mei 2025 1.30 tengah hari", datetime(2025, 5, 12, 13, 30, tzinfo=WIB)),
    ("Isnin, 12 Mei 2025 11:30 tengahari", datetime(2025, 5, 12, 11, 30, tzinfo=WIB)),
])
def test_malay_tengahari_in_one_word_is_around_noon(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_a_clock_at_noon_alone_is_read_on_the_base_day() -> None:
    assert parse_date("12:00 tengahari", base=BASE) == datetime(2024, 6, 20, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("# Date  : 2021 Jun 15 06:38:30 PM", datetime(2021, 6, 15, 18, 38, 30, tzinfo=WIB)),
    ("eLife. 2021 Jun 15;10:e65554", datetime(2021, 6, 15, tzinfo=WIB)),
    ("- 21.7.0 RC 2 - 2021 June 22", datetime(2021, 6, 22, tzinfo=WIB)),
    ("2025 Mei 12", datetime(2025, 5, 12, tzinfo=WIB)),
])
def test_a_year_before_its_month_and_day_is_their_year(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected
    assert parse_date(text, base=BASE) == expected


def test_a_year_month_day_date_is_a_body_date() -> None:
    assert find_body_dates("rilis pertama pada 2021 Jun 15 lalu", BASE) == [
        {"text": "2021 Jun 15", "date": "2021-06-15"}]


@pytest.mark.parametrize("text", ["baru sahaja", "Baru saja", "Artikel | baru sahaja"])
def test_just_now_in_malay_and_indonesian_is_the_base_time(text: str) -> None:
    assert parse_date(text, base=BASE) == BASE


@pytest.mark.parametrize("text", ["sebentar", "sebentar lagi", "dalam 1 minit", "dalam sejam"])
def test_a_moment_to_come_is_no_date(text: str) -> None:
    assert parse_date(text, base=BASE) is None


@pytest.mark.parametrize("text", ["kurang dari 1 menit yang lalu", "kurang dari 1 minit yang lalu",
                                  "less than 1 hour ago"])
def test_less_than_one_small_unit_ago_is_just_now(text: str) -> None:
    assert parse_date(text, base=BASE) == BASE


@pytest.mark.parametrize("text", ["kurang dari 5 tahun yang lalu", "kurang dari 2 jam yang lalu",
                                  "kurang dari 1 bulan yang lalu"])
def test_less_than_more_than_a_day_ago_says_too_little(text: str) -> None:
    assert parse_date(text, base=BASE) is None


TICKER_DAY = datetime(2000, 4, 26, 18, 0, tzinfo=WIB)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("10.45am, WED: High Court judge Arifin Jaka has granted leave", datetime(2000, 4, 26, 10, 45, tzinfo=WIB)),
    ("1:30pm, RABU: Bekas pengarang majalah", datetime(2000, 4, 26, 13, 30, tzinfo=WIB)),
    ("9.15am, TUE: Anwar's defence team", datetime(2000, 4, 25, 9, 15, tzinfo=WIB)),
])
def test_a_ticker_entry_opened_by_a_clock_and_a_weekday_is_read_on_that_weekday(text: str, expected: datetime) -> None:
    assert parse_date(text, base=TICKER_DAY) == expected


@pytest.mark.parametrize("text", ["10.45am, WED: High Court judge", "10.45am, Berita: sidang dimulai"])
def test_a_ticker_entry_without_a_base_or_a_weekday_is_no_date(text: str) -> None:
    base = None if "WED" in text else TICKER_DAY
    assert parse_date(text, base=base) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("12hb Januari 2021", datetime(2021, 1, 12, tzinfo=WIB)),
    ("data seperti 31 hb. Januari 2006.", datetime(2006, 1, 31, tzinfo=WIB)),
    ("telah meninggal dunia pada 10hb Januari 2026, pada jam 7:33 malam", datetime(2026, 1, 10, 19, 33, tzinfo=WIB)),
])
def test_the_malay_day_of_month_mark_hb_is_read_as_an_ordinal(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_a_malay_hb_date_is_a_body_date() -> None:
    assert find_body_dates("Majlis itu diadakan pada 14hb Mei 2025 di Bandar.", BASE) == [
        {"text": "14hb Mei 2025", "date": "2025-05-14"}]


def test_an_ordinal_in_capitals_is_an_ordinal() -> None:
    assert parse_date("DAY 7 MORNING\n6TH MARCH 2024 - MORNING") == datetime(2024, 3, 6, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Metro Front Page 15th of December 2025", datetime(2025, 12, 15, tzinfo=WIB)),
    ("On the 10th of March 2012 all delegates assembled in Heilbronn", datetime(2012, 3, 10, tzinfo=WIB)),
    # The first date, not the dateparser fallback's pick of the second.
    ("Starting date: 5th of March 2024. Last version: 11th of March 2024.", datetime(2024, 3, 5, tzinfo=WIB)),
    ("Thursday 26th of March 2020 10:00AM", datetime(2020, 3, 26, 10, 0, tzinfo=WIB)),
    ("THE 1ST OF MAY 2024", datetime(2024, 5, 1, tzinfo=WIB)),
])
def test_an_ordinal_day_of_its_month_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_an_ordinal_day_of_its_month_is_a_body_date() -> None:
    assert find_body_dates("NOTE: the annotator is still in beta (as of 20th of March 2019).", BASE) == [
        {"text": "20th of March 2019", "date": "2019-03-20"}]


@pytest.mark.parametrize("text", ["the 5 of March 2025 batch", "3 of May 2024 were late"])
def test_a_bare_number_of_a_month_is_no_date(text: str) -> None:
    assert find_body_dates(text, BASE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Saturday, 21 Febuari 2020", datetime(2020, 2, 21, tzinfo=WIB)),
    ("Tgl 4 Febuari 2025", datetime(2025, 2, 4, tzinfo=WIB)),
    ("12 Febuary 2025", datetime(2025, 2, 12, tzinfo=WIB)),
])
def test_february_misspelled_as_pages_print_it_is_february(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2 Hari Yang Lalu Pukul 14:30", datetime(2024, 6, 18, 14, 30, tzinfo=WIB)),
    ("3 days ago at 9:15 AM", datetime(2024, 6, 17, 9, 15, tzinfo=WIB)),
    ("2 hari lalu pukul 14.30 WITA", datetime(2024, 6, 18, 13, 30, tzinfo=WIB)),
])
def test_whole_days_back_keep_the_clock_written_after_them(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_hours_back_keep_their_own_count() -> None:
    assert parse_date("2 jam yang lalu pukul 14.30", base=BASE) == datetime(2024, 6, 20, 10, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Artikel ini disiarkan pada : 24 Rejab 1440H @ Ahad", datetime(2019, 3, 31, tzinfo=WIB)),
    ("14 Zulkaedah 1446", datetime(2025, 5, 12, tzinfo=WIB)),
    ("29 Jamadilakhir 1442H", datetime(2021, 2, 11, tzinfo=WIB)),
    ("12 Rabiulawal 1446H", datetime(2024, 9, 15, tzinfo=WIB)),
])
def test_hijri_months_as_malaysia_and_brunei_spell_them(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_a_malay_hijri_date_is_a_body_date() -> None:
    assert find_body_dates("'hijri_date' => '16 REJAB 1448H',", BASE) == [
        {"text": "16 REJAB 1448", "date": "2026-12-25"}]

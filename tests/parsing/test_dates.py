"""parse_date and find_body_dates on shapes beyond the dev strings: other months, spellings, zones."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from crawler.parsing.dates import (
    MAX_BODY_DATES,
    WIB,
    WIT,
    WITA,
    find_body_dates,
    month_number,
    parse_date,
    resolve_day_month,
    wall_clock_as_wib,
    weekday_number,
)

BASE = datetime(2024, 5, 10, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ahmad Soleh - Senin, 3 Juni 2024 - 08:05 WIB", datetime(2024, 6, 3, 8, 5, tzinfo=WIB)),
    ("Ali Farkhan Tsani - Ahad, 17 Agustus 2014 - 19:00 WIB", datetime(2014, 8, 17, 19, 0, tzinfo=WIB)),
    ("Jum'at, 1 Nop 2019 | 13.30 WIB", datetime(2019, 11, 1, 13, 30, tzinfo=WIB)),
    ("Jum’at 6 Des 2013 - 21.05 WIB", datetime(2013, 12, 6, 21, 5, tzinfo=WIB)),
    ("Selasa, 5 Peb 2013 – 10:10 WIB", datetime(2013, 2, 5, 10, 10, tzinfo=WIB)),
    ("Kamis, 29 Agt 2013 | 16:45", datetime(2013, 8, 29, 16, 45, tzinfo=WIB)),
    ("Rabu, 14 Agu 2024 - 07:07 WITA", datetime(2024, 8, 14, 7, 7, tzinfo=WITA)),
    ("Sabtu, 2 Okt 2021 pukul 09.15 WIT", datetime(2021, 10, 2, 9, 15, tzinfo=WIT)),
    ("Minggu, 31 Maret 2024 | 23:59 WIB", datetime(2024, 3, 31, 23, 59, tzinfo=WIB)),
    ("Friday, 7 January 2022 | 06:30 WIB", datetime(2022, 1, 7, 6, 30, tzinfo=WIB)),
    ("Thursday 10 Sept 2020 - 14:02 WIB", datetime(2020, 9, 10, 14, 2, tzinfo=WIB)),
    ("Sat, 9 Nov 2019 5:07 pm WIB", datetime(2019, 11, 9, 17, 7, tzinfo=WIB)),
    ("October 4, 2016 11:20 WIB", datetime(2016, 10, 4, 11, 20, tzinfo=WIB)),
    ("Detik - Jumat, 08/11/2019 10:11 WIB", datetime(2019, 11, 8, 10, 11, tzinfo=WIB)),
    ("Tribun - 30/01/2017, 06:00 WITA", datetime(2017, 1, 30, 6, 0, tzinfo=WITA)),
    # the zone a few spaces, a tab or a line break away, as markup leaves it (it was read as WIB)
    ("28/4/2021 4:56   WIT", datetime(2021, 4, 28, 4, 56, tzinfo=WIT)),
    ("Rabu, 28 April 2021 4:56\n\t  WITA", datetime(2021, 4, 28, 4, 56, tzinfo=WITA)),
    ("12-06-2024", datetime(2024, 6, 12, tzinfo=WIB)),
    ("07.12.2010 08.15 WIB", datetime(2010, 12, 7, 8, 15, tzinfo=WIB)),
    ("2021/03/04 10:00", datetime(2021, 3, 4, 10, 0, tzinfo=WIB)),
    ("5 Januari 2011", datetime(2011, 1, 5, tzinfo=WIB)),
    ("Selasa, 9 Juli 2019 18:20:45 WIB", datetime(2019, 7, 9, 18, 20, 45, tzinfo=WIB)),
    ("Mon, 22 Apr 2019 03:10:00 GMT", datetime(2019, 4, 22, 3, 10, tzinfo=timezone.utc)),
    ("Senin, 1 Juli 2019 10:00 GMT+7", datetime(2019, 7, 1, 10, 0, tzinfo=WIB)),
    ("1 Ramadhan 1445 H", datetime(2024, 3, 11, tzinfo=WIB)),
    ("17 Ramadan 1440", datetime(2019, 5, 22, tzinfo=WIB)),
    ("Sabtu 1 Syawwal 1441 H", datetime(2020, 5, 24, tzinfo=WIB)),
    ("10 Muharram 1446", datetime(2024, 7, 16, tzinfo=WIB)),
    ("12 Rabi'ul Awwal 1445 H", datetime(2023, 9, 27, tzinfo=WIB)),
    ("1 Jumadil Akhir 1444", datetime(2022, 12, 25, tzinfo=WIB)),
    ("9 Dzulhijjah 1444 H/27 Juni 2023 M", datetime(2023, 6, 27, tzinfo=WIB)),
    ("11:51 WIB - Senin, 1 September 2025", datetime(2025, 9, 1, 11, 51, tzinfo=WIB)),
    ("Diposting 08:00 Sabtu, 2 Mei 2020", datetime(2020, 5, 2, 8, 0, tzinfo=WIB)),
    ("11:51 WIB oleh 1 September 2025", datetime(2025, 9, 1, tzinfo=WIB)),
    ("Rabu 1440/09/17 - 2019/05/22", datetime(2019, 5, 22, tzinfo=WIB)),
    ("Rabu, 12 Ramadhan 1440 H bertepatan dengan 15 Mei 2019", datetime(2019, 5, 15, tzinfo=WIB)),
    ("٢٢ مايو ٢٠١٩", datetime(2019, 5, 22, tzinfo=WIB)),
    ("17 رمضان 1440", datetime(2019, 5, 22, tzinfo=WIB)),
])
def test_absolute_shapes(text: str, expected: datetime) -> None:
    parsed = parse_date(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


def test_iso_8601_keeps_its_written_offset_and_the_helper_restores_wib() -> None:
    parsed = parse_date("2021-06-01T08:30:12+00:00")
    assert parsed == datetime(2021, 6, 1, 8, 30, 12, tzinfo=timezone.utc)
    assert parsed.utcoffset() == timedelta(0)
    assert wall_clock_as_wib(parsed) == datetime(2021, 6, 1, 8, 30, 12, tzinfo=WIB)
    assert parse_date("2021-06-01T08:30:12") == datetime(2021, 6, 1, 8, 30, 12, tzinfo=WIB)
    assert parse_date("2021-06-01 08:30:12+07:00").utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize(("text", "expected"), [
    ("20251112", datetime(2025, 11, 12, tzinfo=WIB)),
    (" 20251112 ", datetime(2025, 11, 12, tzinfo=WIB)),
    ("20251112T1430", datetime(2025, 11, 12, 14, 30, tzinfo=WIB)),
    ("20251112T143005Z", datetime(2025, 11, 12, 14, 30, 5, tzinfo=timezone.utc)),
    ("20251112T143000+0800", datetime(2025, 11, 12, 14, 30, tzinfo=timezone(timedelta(hours=8)))),
])
def test_iso_8601_basic_form_as_the_whole_string(text: str, expected: datetime) -> None:
    parsed = parse_date(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", ["20251332", "12345678", "No. 20251112", "20251112143000", "1234567890"])
def test_eight_digits_that_are_no_date_or_stand_in_text_stay_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "delta"), [
    ("3 hours ago", timedelta(hours=3)),
    ("an hour ago", timedelta(hours=1)),
    ("45 mins ago", timedelta(minutes=45)),
    ("-12 min. ago", timedelta(minutes=12)),
    ("2 days ago", timedelta(days=2)),
    ("redaksi Editor : Rudi - 14 minutes ago", timedelta(minutes=14)),
    ("5 menit yang lalu", timedelta(minutes=5)),
    ("2 jam lalu", timedelta(hours=2)),
    ("sejam yang lalu", timedelta(hours=1)),
    ("3 hari yang lalu", timedelta(days=3)),
    ("kemarin", timedelta(days=1)),
    ("Baru saja", timedelta(0)),
    ("Yesterday", timedelta(days=1)),
    ("hari ini", timedelta(0)),
    ("sekarang", timedelta(0)),
    ("beberapa detik yang lalu", timedelta(seconds=30)),
    ("5 jam yang lepas", timedelta(hours=5)),  # Malay
    ("seminit yang lepas", timedelta(minutes=1)),
    # The short unit names of tickers and apps.
    ("5 mnt lalu", timedelta(minutes=5)),
    ("30 dtk lalu", timedelta(seconds=30)),
    ("2 hr lalu", timedelta(days=2)),  # `hr` is `hari` here, an hour in English (`2 hr ago`)
    ("2 hr ago", timedelta(hours=2)),
    ("3 h lalu", timedelta(days=3)),
    ("3 mgg lalu", timedelta(weeks=3)),
    ("kemarin lusa", timedelta(days=2)),
    # `yg` for `yang`, as chat and comment widgets write it; counts in words; half an hour.
    ("2 jam yg lalu", timedelta(hours=2)),
    ("10 Menit Yg Lalu", timedelta(minutes=10)),
    ("dua jam yang lalu", timedelta(hours=2)),
    ("Tiga hari lalu", timedelta(days=3)),
    ("sepuluh menit yang lepas", timedelta(minutes=10)),
    ("setengah jam yang lalu", timedelta(minutes=30)),
    ("two hours ago", timedelta(hours=2)),
    ("half an hour ago", timedelta(minutes=30)),
    # Arabic, as Arabic pages and widgets write it: a unit alone is one, a dual two.
    ("منذ 3 ساعات", timedelta(hours=3)),
    ("منذ 15 دقيقة", timedelta(minutes=15)),
    ("منذ ساعتين", timedelta(hours=2)),
    ("منذ 4 أيام", timedelta(days=4)),
    ("منذ 1 ساعة", timedelta(hours=1)),
    ("منذ ساعة", timedelta(hours=1)),
    ("قبل 5 دقائق", timedelta(minutes=5)),
    ("منذ أسبوعين", timedelta(weeks=2)),
])
def test_relative_times_count_back_from_base(text: str, delta: timedelta) -> None:
    assert parse_date(text, base=BASE) == BASE - delta


@pytest.mark.parametrize(("text", "days_back", "clock"), [
    ("Kemarin pukul 12.00", 1, "12:00"), ("Hari ini pukul 02.25", 0, "02:25"), ("Kemarin, 21:10 WIB", 1, "21:10"),
    ("Today 08:15", 0, "08:15"),
])
def test_a_day_word_and_a_clock(text: str, days_back: int, clock: str) -> None:
    expected = (BASE.astimezone(WIB) - timedelta(days=days_back)).date().isoformat() + "T" + clock
    assert parse_date(text, base=BASE).astimezone(WIB).isoformat()[:16] == expected


@pytest.mark.parametrize(("name", "month"), [
    ("Djanuari", 1), ("Djan", 1), ("Pebruari", 2), ("Peb", 2), ("Mrt", 3), ("Mai", 5), ("Djuni", 6), ("Djuli", 7),
    ("Ag", 8), ("Agt", 8), ("Agst", 8), ("AGS", 8), ("Sept", 9), ("Nop", 11), ("Nopember", 11),
    ("Mac", 3), ("Julai", 7), ("Ogo", 8), ("Ogos", 8), ("Dis", 12),  # Malay
])
def test_every_spelling_of_a_month_in_use(name: str, month: int) -> None:
    assert parse_date(f"1 {name} 2011") == datetime(2011, month, 1, tzinfo=WIB)


@pytest.mark.parametrize(("text", "months"), [("2 bln lalu", 2), ("sebln lalu", 1), ("3 thn lalu", 36)])
def test_short_calendar_units_count_back_whole_months(text: str, months: int) -> None:
    year, month = divmod(BASE.year * 12 + BASE.month - 1 - months, 12)
    assert parse_date(text, base=BASE) == BASE.replace(year=year, month=month + 1)


def test_a_few_hours_ago_says_too_little():
    assert parse_date("beberapa jam yang lalu", base=BASE) is None


@pytest.mark.parametrize("text", ["setengah bulan yang lalu", "duajam lalu", "kedua jam lalu", "anhour ago"])
def test_counts_that_name_no_time_stay_none(text):
    assert parse_date(text, base=BASE) is None


@pytest.mark.parametrize("text", ["الأسبوع المقبل يومين", "منذ كذا"])
def test_arabic_words_near_a_unit_that_say_no_time_ago(text: str) -> None:
    assert parse_date(text, base=BASE) is None


def test_relative_time_defaults_to_now() -> None:
    before = datetime.now(WIB)
    parsed = parse_date("2 hours ago")
    assert before - timedelta(hours=2, seconds=5) <= parsed <= datetime.now(WIB) - timedelta(hours=2)


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("Selasa (23/4)", datetime(2019, 4, 25, tzinfo=WIB), date(2019, 4, 23)),
    ("Rabu malam (31/12)", datetime(2025, 1, 2, tzinfo=WIB), date(2024, 12, 31)),
    ("Minggu dini hari (5/1)", datetime(2020, 1, 6, tzinfo=WIB), date(2020, 1, 5)),
    ("(Kamis, 3/10)", datetime(2019, 10, 4, tzinfo=WIB), date(2019, 10, 3)),
    ("(Ahad, 7/4/2024)", None, date(2024, 4, 7)),
    ("Friday morning (12/7)", datetime(2019, 7, 13, tzinfo=WIB), date(2019, 7, 12)),
    ("Wednesday (March 6)", datetime(2019, 3, 7, tzinfo=WIB), date(2019, 3, 6)),
    ("Monday (Sept. 2nd)", datetime(2019, 9, 3, tzinfo=WIB), date(2019, 9, 2)),
    ("Saturday, October, 12th", datetime(2019, 10, 20, tzinfo=WIB), date(2019, 10, 12)),
    ("Senin, 14 Oktober", datetime(2019, 10, 20, tzinfo=WIB), date(2019, 10, 14)),
    ("Jum'at (29/2)", datetime(2020, 3, 1, tzinfo=WIB), date(2020, 2, 29)),
    ("Jumat (29/2)", datetime(2021, 3, 1, tzinfo=WIB), date(2020, 2, 29)),
])
def test_year_less_body_shapes_take_the_publication_year(text: str, base: datetime | None, expected: date) -> None:
    assert parse_date(text, base=base) == datetime(expected.year, expected.month, expected.day, tzinfo=WIB)


@pytest.mark.parametrize(("text", "written"), [
    ("Acara itu digelar pada Senin 5 Mei lalu di Jakarta.", "Senin 5 Mei"),
    ("Rapat digelar pada hari Kamis, 1 Mei di gedung DPR.", "Kamis, 1 Mei"),
    ("Harga naik hingga 20 persen pada Jumat 2 Mei.", "Jumat 2 Mei"),
    ("The meeting was held on Monday May 5 in Jakarta.", "Monday May 5"),
])
def test_a_weekday_date_after_an_ordinary_word_is_found(text: str, written: str) -> None:
    # The word before the weekday fits the weekday's place in the pattern (`pada Senin 5` as weekday, month,
    # day): the date is still read from the weekday on.
    assert find_body_dates(text, datetime(2025, 5, 7, 10, tzinfo=WIB)) == [
        {"text": written, "date": {"Senin": "2025-05-05", "Kamis": "2025-05-01", "Jumat": "2025-05-02",
                                   "Monday": "2025-05-05"}[written.split()[0].rstrip(",")]}]


def test_year_less_date_is_the_latest_not_after_the_publication_date() -> None:
    # Published in January: a December date is last year's.
    assert resolve_day_month(28, 12, date(2024, 1, 3)) == date(2023, 12, 28)
    # The weekday never overrides the numbers: a wrong weekday still gives the latest past date.
    assert resolve_day_month(22, 4, date(2019, 4, 25), weekday_number("Kamis")) == date(2019, 4, 22)


def test_weekday_breaks_the_tie_for_an_announced_date() -> None:
    # Published 20 April 2019 about "Senin (22/4)": 22 April 2019 is a Monday, 2018's is not.
    assert resolve_day_month(22, 4, date(2019, 4, 20), weekday_number("Senin")) == date(2019, 4, 22)
    assert resolve_day_month(22, 4, date(2019, 4, 20)) == date(2018, 4, 22)


@pytest.mark.parametrize("text", ["Kamis, (13/7)", "Kamis lalu (13/7)", "Thursday, (13/7)"])
def test_a_comma_or_a_placing_word_between_the_weekday_and_its_date(text: str) -> None:
    """minanews.net 2017: `Natar Lampung Selatan, Kamis, (13/7).`; ANTARA: `Senin kemarin (29/5)`."""
    assert parse_date(text, base=date(2017, 7, 20)) == datetime(2017, 7, 13, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Senin Depan (16 Desember)", "2024-12-16"),  # a schedule's note
    ("Sidang dilanjutkan Jumat depan (13/12) di Jakarta.", "2024-12-13"),
    ("digelar Jumat mendatang (13/12).", "2024-12-13"),
])
def test_a_weekday_said_to_come_places_its_date(text: str, expected: str) -> None:
    base = datetime(2024, 12, 12, 12, 0, tzinfo=WIB)
    assert [item["date"] for item in find_body_dates(text, base)] == [expected]
    assert parse_date(text, base=base) == datetime.fromisoformat(expected).replace(tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # A blog's copy of an RMOL column: `hari Jumat pekan lalu (15/4)`.
    ("diselenggarakan di Pyongyang, hari Jumat pekan lalu (15/4).", "2022-04-15"),
    ("diperiksa Kamis minggu lalu (14/4) di Jakarta.", "2022-04-14"),
    ("Sidang dilanjutkan Senin pekan depan (25/4).", "2022-04-25"),
    # English writes the week the same way, with a named or a numeric day.
    ("The hearing resumes on Monday next week (April 25) in the capital.", "2022-04-25"),
    ("The deal was signed on Wednesday last week (13/4), the ministry said.", "2022-04-13"),
    ("The forum opened on Tuesday this week (April 19).", "2022-04-19"),
])
def test_a_week_said_past_or_to_come_between_the_weekday_and_its_date(text: str, expected: str) -> None:
    base = datetime(2022, 4, 22, 20, 0, tzinfo=WIB)
    assert [item["date"] for item in find_body_dates(text, base)] == [expected]


def test_a_day_next_week_in_a_magazine_page_is_its_coming_date() -> None:
    # A design magazine shop's page (2018): the festival day a week after the page, in the year to come.
    text = "The London Design Festival kicks off on Monday next week (17 September) so we're taking the chance"
    base = datetime(2018, 9, 10, 10, 0, tzinfo=WIB)
    assert [item["date"] for item in find_body_dates(text, base)] == ["2018-09-17"]


def test_bare_time_takes_the_base_day() -> None:
    assert parse_date("08:01", base=BASE) == datetime(2024, 5, 10, 8, 1, tzinfo=WIB)
    assert parse_date("08:01") is None


@pytest.mark.parametrize("text", [
    "", "   ", "Presiden Jokowi - yang hadir dalam acara itu", "Harga naik 12,5 persen", "(T/R11/P1)",
    "(L/RI-1/RS2)", "Nomor 0812-3456-7890", "Senin", "Rp 12.000", "Skor 3-1 untuk Persib",
    "32/13/2020", "31 Februari 2020", "UU No 12/2011", "99 Maret 2020", "(22/4)", "Kemarin saya ke pasar",
    "Perpres 82/2018 pasal 5", "1234567890", "<p></p>", "a" * 5000,
])
def test_not_dates_give_none(text: str) -> None:
    assert parse_date(text, base=BASE) is None


@pytest.mark.parametrize("value", [None, 12, b"Senin, 22 April 2019", ["x"], 3.5])
def test_non_strings_give_none(value: object) -> None:
    assert parse_date(value) is None  # type: ignore[arg-type]
    assert find_body_dates(value, BASE) == []  # type: ignore[arg-type]


def test_lookups_know_spellings_and_abbreviations() -> None:
    assert [month_number(word) for word in ("Agu", "Agt", "Okt", "Nop", "Des", "Peb", "Sept.", "Mei")] == [
        8, 8, 10, 11, 12, 2, 9, 5]
    assert month_number("Desa") is None and month_number("Juta") is None
    assert [weekday_number(word) for word in ("Ahad", "Jum'at", "JUMAT", "Thurs", "Minggu")] == [6, 4, 4, 3, 6]


SEED_BODY = (
    "Pyongyang, MINA – Kim akan mengunjungi Rusia. Putin dan Kim berada dalam jadwal untuk bertemu pada "
    "akhir April, juru bicara Kremlin mengatakan kepada wartawan pada Senin (22/4) seperti dikutip Daily "
    "Sabah. Pertemuan puncak di Cina, 26-27 April. Kesepakatan diteken 19 December 2012 dan diperbarui "
    "pada Rabu (1/1/2025). Tidak jelas bagaimana Kim akan melakukan perjalanan. (T/R11/P1)"
)


def test_body_dates_in_order_with_their_text() -> None:
    base = datetime(2025, 1, 2, 10, 0, tzinfo=WIB)
    assert find_body_dates(SEED_BODY, base) == [
        {"text": "Senin (22/4)", "date": "2024-04-22"},
        {"text": "19 December 2012", "date": "2012-12-19"},
        {"text": "Rabu (1/1/2025)", "date": "2025-01-01"},
    ]


def test_body_dates_of_every_shape() -> None:
    body = ("Serangan terjadi Tuesday night (24/6) dan (Rabu, 9/11) lalu. The meeting is on Thursday "
            "(June 25), after Sunday, August, 25th. MINA diluncurkan 26 Oktober 2012, pada 1 Ramadhan 1445 H "
            "umat berpuasa; Jumat 10 Dzulhijjah 1434 H. bertepatan dengan 26 Oktober 2012 M.")
    found = find_body_dates(body, datetime(2025, 6, 30, tzinfo=WIB))
    assert [item["text"] for item in found] == [
        "Tuesday night (24/6)", "(Rabu, 9/11)", "Thursday (June 25)", "Sunday, August, 25th",
        "26 Oktober 2012", "1 Ramadhan 1445", "Jumat 10 Dzulhijjah 1434 H. bertepatan dengan 26 Oktober 2012 M"]
    assert [item["date"] for item in found] == [
        "2025-06-24", "2024-11-09", "2025-06-25", "2024-08-25", "2012-10-26", "2024-03-11", "2012-10-26"]


def test_body_dates_without_base_keep_only_dates_with_a_year() -> None:
    assert find_body_dates("Senin (22/4) dan Rabu (1/1/2025), Thursday (June 25)", None) == [
        {"text": "Rabu (1/1/2025)", "date": "2025-01-01"}]


def test_body_without_dates() -> None:
    assert find_body_dates("Tidak ada tanggal di sini (T/R11/P1), (22/4) saja, 26-27 April.", BASE) == []
    assert find_body_dates("", BASE) == []


def test_a_schedule_of_many_dates_gives_its_first_ones_in_order() -> None:
    body = " ".join(f"Acara ke-{n} pada {1 + n % 28} Oktober 2012." for n in range(MAX_BODY_DATES + 50))
    found = find_body_dates(body, BASE)
    assert [item["date"] for item in found] == [f"2012-10-{1 + n % 28:02d}" for n in range(MAX_BODY_DATES)]


@pytest.mark.parametrize("shape", ["Kamis, 5 Juni 2025", "Senin (22/4)", "pada Senin 5 Mei 2025", "Thursday (June 25)"])
def test_a_text_said_again_and_again_gives_its_dates_again_and_again(shape: str) -> None:
    # Dense dates fill one scan window after another, each overlapping the full one before it: wherever the seam
    # falls (the words between the dates vary its place), no date is cut short there (`Kamis, 5 Jun` read as a
    # year-less date) or lost.
    for filler in range(60):
        text = f"{shape} {'rapat ' * (filler // 6)}{'x' * (filler % 6)}. "
        assert find_body_dates(text * 60, BASE) == (find_body_dates(text, BASE) * 60)[:MAX_BODY_DATES], filler


def test_a_megabyte_of_body_gives_its_first_dates() -> None:
    # The time it takes is bench/bench_dates.py's and bench/bench_hostile.py's.
    body = ("Senin (22/4) warga berkumpul, 26-27 April, (T/R11/P1) 12/34/5678 " * 20_000)[:1_000_000]
    found = find_body_dates(body, BASE)
    assert len(found) == MAX_BODY_DATES
    assert found and found[0] == {"text": "Senin (22/4)", "date": "2024-04-22"}


@pytest.mark.parametrize("text", ["Senin 2019", "2019", "Maret 2019", "Kamis 12 2019"])
def test_a_year_without_day_and_month_is_not_a_date(text: str) -> None:
    # The fallback must not fill the missing parts from today's date.
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Minggu, 14 Februari 2010, 3:25:50 sore", datetime(2010, 2, 14, 15, 25, 50, tzinfo=WIB)),
    ("Senin, 1 Juli 2019 pukul 7.30 malam", datetime(2019, 7, 1, 19, 30, tzinfo=WIB)),
    ("1 Juli 2019 12:15 malam", datetime(2019, 7, 1, 0, 15, tzinfo=WIB)),
    ("1 Juli 2019 pukul 9.00 pagi", datetime(2019, 7, 1, 9, 0, tzinfo=WIB)),
    ("1 Juli 2019 pukul 1.00 siang", datetime(2019, 7, 1, 13, 0, tzinfo=WIB)),
    ("1 Juli 2019 pukul 6.10 petang", datetime(2019, 7, 1, 18, 10, tzinfo=WIB)),
    ("1 Juli 2019 pukul 16.10 sore", datetime(2019, 7, 1, 16, 10, tzinfo=WIB)),
    ("Rabu, 3 Agustus 2022 9:03 wib", datetime(2022, 8, 3, 9, 3, tzinfo=WIB)),
    ("Rabu, 3 Agustus 2022 9:03 Wita", datetime(2022, 8, 3, 9, 3, tzinfo=WITA)),
    ("Selasa, 20 Mei 2025 00:30 WIB | 1.229 Views", datetime(2025, 5, 20, 0, 30, tzinfo=WIB)),
    ("Kompas.com02 Maret 2021, 10:15 WIB", datetime(2021, 3, 2, 10, 15, tzinfo=WIB)),
    ("2021-03-02 T10:15:00+07:00", datetime(2021, 3, 2, 10, 15, tzinfo=WIB)),
    ("02/03/21 10:15", datetime(2021, 3, 2, 10, 15, tzinfo=WIB)),
    ("Isnin, 14 Disember 2001", datetime(2001, 12, 14, tzinfo=WIB)),
    ("Khamis, 1 Mac 2012", datetime(2012, 3, 1, tzinfo=WIB)),
    ("5 Ogos 2015", datetime(2015, 8, 5, tzinfo=WIB)),
])
def test_header_shapes_of_other_outlets(text: str, expected: datetime) -> None:
    parsed = parse_date(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "expected"), [
    ("pukul 14.30", datetime(2024, 5, 10, 14, 30, tzinfo=WIB)),
    ("Pkl. 08.05 WITA", datetime(2024, 5, 10, 8, 5, tzinfo=WITA)),
    ("jam 9:15 malam", datetime(2024, 5, 10, 21, 15, tzinfo=WIB)),
    ("sebulan yang lalu", datetime(2024, 4, 10, 12, 0, tzinfo=WIB)),
    ("2 tahun lalu", datetime(2022, 5, 10, 12, 0, tzinfo=WIB)),
])
def test_times_and_calendar_months_from_base(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_calendar_months_back_clamp_the_day() -> None:
    assert parse_date("sebulan yang lalu", base=datetime(2024, 3, 31, tzinfo=WIB)) == datetime(2024, 2, 29, tzinfo=WIB)
    assert parse_date("99999 tahun yang lalu", base=BASE) is None


@pytest.mark.parametrize("text", ["dua tiket", "5 minggu", "pukul", "15 / 2 / 2", "v1.2.3", "R11/12/13"])
def test_not_dates_without_base(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("14 Feb 2024 • 10:15 WIB", "2024-02-14T10:15:00+07:00"),
    ("10:15 WIB, 14 Februari 2024", "2024-02-14T10:15:00+07:00"),
    ("10:15 WITA - 14 Februari 2024", "2024-02-14T09:15:00+07:00"),
    ("Rp 10.500, 14 Februari 2024", "2024-02-14T00:00:00+07:00"),  # a price is no clock
])
def test_a_clock_after_a_bullet_or_before_its_date(text, expected):
    assert parse_date(text).astimezone(WIB).isoformat() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kamis (5/11/2015) pukul 14.56 WIB", "2015-11-05T14:56:00+07:00"),
    ("Kamis (5/11/2015) 14.56 WITA", "2015-11-05T13:56:00+07:00"),
    ("Senin (12/2) pukul 10.00 WIB", "2024-02-12T10:00:00+07:00"),  # year-less: the year of the base
])
def test_a_clock_after_a_body_date_in_parentheses(text, expected):
    assert parse_date(text, base=datetime(2024, 2, 13, tzinfo=WIB)) == datetime.fromisoformat(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta, Jan 30,2018 (Antara) - Bali, one of the world's", datetime(2018, 1, 30, tzinfo=WIB)),
    ("Surabaya, March 4,2021 (Antara) - The city", datetime(2021, 3, 4, tzinfo=WIB)),
])
def test_a_comma_touching_the_year_of_a_month_first_date(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("According to Minister Retno, as of Friday July 7, 1,165 delegates", date(2023, 7, 7)),
    ("pada Kamis, 6 Juli 10.00 WIB", date(2023, 7, 6)),
    ("Jumat, 7 Juli 500 orang datang", date(2023, 7, 7)),
])
def test_a_number_after_a_year_less_weekday_date_is_no_year(text: str, expected: date) -> None:
    base = datetime(2023, 7, 12, 10, 0, tzinfo=WIB)
    assert [item["date"] for item in find_body_dates(text, base)] == [expected.isoformat()]


@pytest.mark.parametrize(("text", "expected"), [
    # MINA's Arabic edition: Hijri and Gregorian, digits touching the month, Levantine and Egyptian names together.
    ("الثلاثاء،14جمادى الثانية 1435ه الموافق 15نيسان/أبريل2014 وكالة معراج", datetime(2014, 4, 15, tzinfo=WIB)),
    ("جاكرتا، 5 تشرين الثاني/نوفمبر 2023 (مينا)", datetime(2023, 11, 5, tzinfo=WIB)),
    ("الانقلاب الشتوي يبدأ الأحد 21 كانون الأول 2025", datetime(2025, 12, 21, tzinfo=WIB)),
    ("الأحد 12 آب 2024", datetime(2024, 8, 12, tzinfo=WIB)),
    # The Arabic comma after the month, as Gulf outlets write it.
    ("16 نوفمبر، 2022", datetime(2022, 11, 16, tzinfo=WIB)),
    ("الجمعة، 3 مايو، 2024", datetime(2024, 5, 3, tzinfo=WIB)),
    # ص and م after a clock are AM and PM, before the date or after it.
    ("10:46 ص الأحد 12 فبراير 2017", datetime(2017, 2, 12, 10, 46, tzinfo=WIB)),
    ("الخميس، 9 مايو 2024 - 08:15 م", datetime(2024, 5, 9, 20, 15, tzinfo=WIB)),
    ("جاكرتا، الخميس (2/3/2017م)", datetime(2017, 3, 2, tzinfo=WIB)),
])
def test_arabic_header_dates(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("في قصر الدولة بجاكرتا، الجمعة (14/6)، أكد على أنه", "2024-06-14"),
    ("زار رئيس قسم تحرير وكالة مينا مساء يوم الإثنين14 أبريل مقر وكالة برناما", "2024-04-14"),
    ("وقال يوم الأربعاء 12 يونيو إن", "2024-06-12"),
])
def test_arabic_weekday_body_dates_take_the_publication_year(text: str, expected: str) -> None:
    base = datetime(2024, 6, 15, 10, 0, tzinfo=WIB)
    assert [item["date"] for item in find_body_dates(text, base)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("2019-09-28WIB19:17:34+07:00", datetime(2019, 9, 28, 19, 17, 34, tzinfo=WIB)),
    ("2021-03-05WITA08:10:00", datetime(2021, 3, 5, 8, 10, tzinfo=WITA)),
])
def test_iso_8601_with_the_zone_name_in_place_of_its_t(text: str, expected: datetime) -> None:
    parsed = parse_date(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-09-11 03:57:07 UTC", datetime(2026, 9, 11, 3, 57, 7, tzinfo=timezone.utc)),  # was read as WIB
    ("2026-05-15 08:10 WIB (Updated: 08:50 WIB)", datetime(2026, 5, 15, 8, 10, tzinfo=WIB)),
    ("2024-12-10 10:15 WITA", datetime(2024, 12, 10, 10, 15, tzinfo=WITA)),
    ("2024-12-10T03:15:00 GMT", datetime(2024, 12, 10, 3, 15, tzinfo=timezone.utc)),
    ("2024-12-10 10:15 wit", datetime(2024, 12, 10, 10, 15, tzinfo=WIT)),
])
def test_iso_8601_with_the_zone_name_after_its_clock(text: str, expected: datetime) -> None:
    parsed = parse_date(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "expected", "written"), [
    ("the 18th Asian Games on Aug 2-Sept 2, 2018, and", "2018-08-02", "Aug 2-Sept 2, 2018"),
    ("the Third Asian Para Games on Oct 6-13, 2018.", "2018-10-06", "Oct 6-13, 2018"),
    ("di Stadion Utama Gelora Bung Karno (GBK) pada 1-2 November 2025.", "2025-11-01", "1-2 November 2025"),
    ("Pameran berlangsung 12 s.d. 14 Maret 2024 di JCC", "2024-03-12", "12 s.d. 14 Maret 2024"),
    ("libur 30 Juni-2 Juli 2023", "2023-06-30", "30 Juni-2 Juli 2023"),
    ("which is held in Jakarta from 11 to 14 July 2023. Prior to", "2023-07-11", "11 to 14 July 2023"),
    ("Festival digelar 20 hingga 29 Desember 2024", "2024-12-20", "20 hingga 29 Desember 2024"),
    ("operasi lilin 28 Desember-3 Januari 2024", "2023-12-28", "28 Desember-3 Januari 2024"),
    # Days that make no range leave the date alone.
    ("menang 3-1 Mei 2023", "2023-05-01", "1 Mei 2023"),
])
def test_a_range_of_days_is_read_as_its_first(text: str, expected: str, written: str) -> None:
    assert find_body_dates(text, None) == [{"text": written, "date": expected}]
    assert parse_date(text) == datetime.fromisoformat(expected).replace(tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("5 Februari pukul 21.55 WIB", datetime(2024, 2, 5, 21, 55, tzinfo=WIB)),
    ("Achmad Julian, 26 Mei pukul 17.00", datetime(2023, 5, 26, 17, 0, tzinfo=WIB)),
    ("14 Mei Pukul 23.30 • di BKD Provinsi Jawa Timur", datetime(2023, 5, 14, 23, 30, tzinfo=WIB)),
    ("March 31", datetime(2023, 3, 31, tzinfo=WIB)),
    ("Mar 2nd, 10:15 am", datetime(2024, 3, 2, 10, 15, tzinfo=WIB)),
])
def test_a_day_and_month_without_year_in_a_date_string_takes_the_year_of_base(text: str, expected: datetime) -> None:
    base = datetime(2024, 3, 20, 10, 0, tzinfo=WIB)
    assert parse_date(text, base=base) == expected
    assert parse_date(text) is None
    assert find_body_dates(text, base) == []


@pytest.mark.parametrize("text", ["32 Mei pukul 23:59", "5 minggu", "10 orang", "15 Views", "Maret 2019"])
def test_numbers_beside_words_that_are_no_month_stay_none(text: str) -> None:
    assert parse_date(text, base=datetime(2024, 3, 20, 10, 0, tzinfo=WIB)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("01-Jan-15", datetime(2015, 1, 1, tzinfo=WIB)),
    ("28-Feb-19 14:05", datetime(2019, 2, 28, 14, 5, tzinfo=WIB)),
    ("03/Okt/21", datetime(2021, 10, 3, tzinfo=WIB)),
])
def test_a_named_month_with_a_two_digit_year(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected", "written"), [
    ("akan digelar pada tanggal 12-15 Februari tahun 2025. Sungguh", "2025-02-12", "12-15 Februari tahun 2025"),
    ("diproklamasikan pada 17 Agustus Tahun 1945 di Jakarta", "1945-08-17", "17 Agustus Tahun 1945"),
])
def test_the_word_for_year_before_the_year(text: str, expected: str, written: str) -> None:
    assert find_body_dates(text, None) == [{"text": written, "date": expected}]


@pytest.mark.parametrize(("text", "found"), [
    ("Tanggal 28 dan 30 Juni 2023 ditetapkan sebagai hari cuti bersama.",
     [("28", "2023-06-28"), ("30 Juni 2023", "2023-06-30")]),
    ("at the Bandung Police twice, on February 27 and March 13, 2017.",
     [("February 27", "2017-02-27"), ("March 13, 2017", "2017-03-13")]),
    ("sidang digelar 27 Februari dan 13 Maret 2017",
     [("27 Februari", "2017-02-27"), ("13 Maret 2017", "2017-03-13")]),
    # A number before `dan` that comes after the day is no day of the pair.
    ("kelas 3 dan 1 Mei 2023", [("1 Mei 2023", "2023-05-01")]),
])
def test_two_days_sharing_a_month_or_year_are_two_dates(text: str, found: list[tuple[str, str]]) -> None:
    assert find_body_dates(text, None) == [{"text": written, "date": day} for written, day in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("pukul 19.20 WP", datetime(2022, 3, 31, 19, 20, tzinfo=WIT)),
    ("Kamis, 31 Maret 2022 11:00 WP", datetime(2022, 3, 31, 11, 0, tzinfo=WIT)),
])
def test_papuan_time_is_wit(text: str, expected: datetime) -> None:
    parsed = parse_date(text, base=datetime(2022, 3, 31, 22, 0, tzinfo=WIB))
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "expected"), [
    # gorontalo copy of an ANTARA story, May 2025
    ("Senin (5/5) sekitar Pukul 17.00 Wita", "2025-05-05T17:00:00+08:00"),
    ("Kamis (8/5/2025) sekira pukul 09.30 WIB", "2025-05-08T09:30:00+07:00"),
    ("Selasa (6/5) sekitar 21.15 WIT", "2025-05-06T21:15:00+09:00"),
])
def test_a_clock_said_to_be_about_the_time_after_a_body_date(text, expected):
    assert parse_date(text, base=datetime(2025, 5, 8, tzinfo=WIB)) == datetime.fromisoformat(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # as event notices and office hours write them
    ("pukul 09.00-16.00 WIB", "2024-12-12T09:00:00+07:00"),
    ("08.00 - 14.00 WITA", "2024-12-12T08:00:00+08:00"),
    ("09.00–11.30 WIB", "2024-12-12T09:00:00+07:00"),
    ("Senin, 9 Desember 2024, 09.00–11.30 WITA", "2024-12-09T09:00:00+08:00"),  # was read with the offset -11:00
    ("Selasa (10/12) pukul 09.00-11.00 Wita", "2024-12-10T09:00:00+08:00"),
    ("9 Desember 2024, 09.00 s.d. 11.30 WIT", "2024-12-09T09:00:00+09:00"),
    ("pukul 19.00 hingga 21.00 WITA", "2024-12-12T19:00:00+08:00"),
    ("11:15 - 12.10.2024", "2024-10-12T11:15:00+07:00"),  # a date after a clock is no span's end
])
def test_a_span_of_hours_is_read_as_its_start_in_the_zone_after_its_end(text, expected):
    parsed, wanted = parse_date(text, base=datetime(2024, 12, 12, 12, 0, tzinfo=WIB)), datetime.fromisoformat(expected)
    assert parsed == wanted and parsed.utcoffset() == wanted.utcoffset()

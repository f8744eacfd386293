"""A body's date with its part of the day, a comma after its parenthesis or the word placing it, before the clock
(`Rabu (26/11) malam sekitar pukul 21.00 WIB`, `Jumat (8/11) dini hari sekitar pukul 02.00 Wita`, `Senin (11/4/2022),
sekitar Pukul 18.00 WIB`, `Jumat (2/4) lalu sekitar Pukul 22.20 WIB`): the clock is the date's, in its zone, and the part
of day is the clock's half when the clock says none (real regional and national leads)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("menjelaskan bahwa tanah longsor terjadi pada Rabu (26/11) malam sekitar pukul 21.00 WIB.",
     datetime(2025, 11, 29, 10, 0, tzinfo=WIB), datetime(2025, 11, 26, 21, 0, tzinfo=WIB)),
    ("Informasi yang dihimpun, longsor terjadi pada Jumat (14/10/2016) malam sekitar pukul 22.15 WIB.",
     None, datetime(2016, 10, 14, 22, 15, tzinfo=WIB)),
    ("Kabupaten Badung, Jumat (8/11) dini hari sekitar pukul 02.00 Wita.",
     datetime(2019, 11, 9, 10, 0, tzinfo=WIB), datetime(2019, 11, 8, 1, 0, tzinfo=WIB)),
    ("upacara itu digelar Selasa (17/8/2021) pagi sekitar pukul 09.00 Wita dan dihadiri 50 orang",
     None, datetime(2021, 8, 17, 8, 0, tzinfo=WIB)),
    ("Mathius menerima vaksin Covid-19 di RSUD Youwari, Kamis (18/2/2021) pagi sekitar pukul 09.00 WIT.",
     None, datetime(2021, 2, 18, 7, 0, tzinfo=WIB)),
    ("Kota Jayapura yaitu Kampung Yoka, Rabu (17/11) pagi sekitar pukul 07.30 WIT kemarin diserang",
     datetime(2010, 11, 18, 5, 43, tzinfo=WIB), datetime(2010, 11, 17, 5, 30, tzinfo=WIB)),
    ("Kejadian pencurian ini bermula pada Rabu (01/01/2025), sekitar pukul 04.30 WIB di Jl Mertojoyo",
     None, datetime(2025, 1, 1, 4, 30, tzinfo=WIB)),
    ("bencana tanah longsor terjadi Senin (11/4/2022), sekitar Pukul 18.00 WIB.",
     None, datetime(2022, 4, 11, 18, 0, tzinfo=WIB)),
    ("Jaringan listrik di Batam tiba-tiba mengalami gangguan pada Kamis (4/6/2020), sekitar pukul 19.27 WIB.",
     None, datetime(2020, 6, 4, 19, 27, tzinfo=WIB)),
    ("Korban menghembuskan nafas terakhirnya, Jumat (2/4) lalu sekitar Pukul 22.20 WIB di Rumah Sakit Ujungberung",
     datetime(2021, 4, 5, 10, 0, tzinfo=WIB), datetime(2021, 4, 2, 22, 20, tzinfo=WIB)),
    # The part of day says the half of a clock written on twelve hours, and a comma may follow it.
    ("Warga berkumpul Rabu (5/6/2024) malam pukul 9.30 WIB.", None, datetime(2024, 6, 5, 21, 30, tzinfo=WIB)),
    ("Rabu (5/6/2024) malam, sekitar pukul 20.15 WIT", None, datetime(2024, 6, 5, 18, 15, tzinfo=WIB)),
])
def test_a_clock_after_a_body_dates_part_of_day_or_comma_is_its_time(
        text: str, base: datetime | None, expected: datetime) -> None:
    assert parse_date(text, base=base) == expected


@pytest.mark.parametrize("text", [
    # A number after the part of day is no clock; nor one in the next sentence, nor after a word that is no part of day.
    "Rabu (5/6/2024) pagi, 10.000 warga berkumpul di alun-alun.",
    "Polisi tiba Rabu (5/6/2024) pagi. Pukul 10.00 WIB mereka pergi.",
    "Rabu (5/6/2024) malaman pukul 10.00 WIB",
    "Polisi tiba Rabu (5/6/2024) malam.",
])
def test_a_part_of_day_without_its_clock_leaves_the_day_at_midnight(text: str) -> None:
    assert parse_date(text) == datetime(2024, 6, 5, tzinfo=WIB)


def test_the_body_date_stays_the_weekday_and_its_parenthesis() -> None:
    text = "longsor terjadi pada Rabu (26/11) malam sekitar pukul 21.00 WIB."
    assert find_body_dates(text, datetime(2025, 11, 29, tzinfo=WIB)) == [{"text": "Rabu (26/11)", "date": "2025-11-26"}]

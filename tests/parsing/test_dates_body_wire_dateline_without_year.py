"""A wire's dateline with its day and month but no year, the agency in parentheses and a dash after them
(`KUALA LUMPUR, Aug 6 (Bernama) -- A witness told`): the day the story was filed is a body date, as the same
dateline with its year is. A bare day and month with no agency after it stays too little to report (short real
strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates


def _dates(text: str, base: datetime) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("KUALA LUMPUR, Aug 6 (Bernama) -- A witness told the High Court hearing the case of two teenagers",
     datetime(2019, 8, 6, 22, 7, tzinfo=WIB), ["2019-08-06"]),
    ("KUALA SELANGOR, 5 Sept (Bernama) -- Projek jeti pendaratan ikan Lembaga Kemajuan Ikan",
     datetime(2020, 9, 5, 18, 0, tzinfo=WIB), ["2020-09-05"]),
    ("MELAKA, 13 Jan (Bernama) -- Ikatan Relawan Rakyat (RELA) mensasarkan untuk menambah",
     datetime(2020, 1, 13, 18, 0, tzinfo=WIB), ["2020-01-13"]),
    ("KUALA LUMPUR, June 25 (NNN-BERNAMA) \u2014 Radio Televisyen Malaysia (RTM) today launched a new channel",
     datetime(2020, 6, 25, 18, 0, tzinfo=WIB), ["2020-06-25"]),
    ("HOUSTON, Jan 27 (Reuters) - The new Chief Executive of Brazil's Petrobras, Jean Paul Prates",
     datetime(2024, 1, 28, 9, 0, tzinfo=WIB), ["2024-01-27"]),
    ("GAZA, Dec. 1 (Xinhua) -- Hamas will respect any Palestinian referendum on a",
     datetime(2006, 12, 1, 18, 0, tzinfo=WIB), ["2006-12-01"]),
    ("BEIJING, March 31 (Xinhua) -- The Ministry of Civil Affairs has sent 1,000 tents",
     datetime(2020, 3, 31, 18, 0, tzinfo=WIB), ["2020-03-31"]),
    # Filed on the last day of a year, published on the first of the next: the day is the year before.
    ("SHENZHEN, December 31 (Xinhua) -- Hong Kong has",
     datetime(2021, 1, 1, 8, 0, tzinfo=WIB), ["2020-12-31"]),
])
def test_a_wire_dateline_day_is_a_body_date(text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base) == expected


BASE = datetime(2020, 6, 25, 18, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # The year written: read as before, once.
    ("KUALA LUMPUR, June 25, 2020 (Bernama) -- Radio", ["2020-06-25"]),
    ("Jakarta, 25 Juni 2020 (ANTARA) - Radio", ["2020-06-25"]),
    # No date in the dateline, or no agency and dash after the day: nothing new.
    ("WASHINGTON (Reuters) - The Federal Reserve kept interest rates unchanged", []),
    ("KUALA LUMPUR, June 25 - Radio Televisyen Malaysia", []),
    ("Persib menang, 2 Gol (Ciro) - lalu", []),
    ("dengan skor 3-1, 2 kali (kartu) - dan", []),
])
def test_other_datelines_and_near_misses_stay(text: str, expected: list[str]) -> None:
    assert _dates(text, BASE) == expected

"""A weekday's comma typed after a space before its parenthesised day (a regional quote's `kata Arif Gunawan, Selasa
,(5/12/23).`): the weekday's day, as with the comma against the word (`Kamis, (13/7)`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date


@pytest.mark.parametrize(("text", "written", "expected"), [
    ("“Belum ada titik terang. Besok, kita lanjutkan kembali,” kata koordinator lapangan, tim SAR gabungan, Arif "
     "Gunawan, Selasa ,(5/12/23).", "Selasa ,(5/12/23)", "2023-12-05"),
    ("kata Arif Gunawan, Selasa , (5/12/2023).", "Selasa , (5/12/2023)", "2023-12-05"),
    ("kata Arif Gunawan, Selasa ,(5/12).", "Selasa ,(5/12)", "2023-12-05"),
])
def test_a_weekday_with_its_comma_after_a_space_names_its_day(text: str, written: str, expected: str) -> None:
    base = datetime(2023, 12, 5, 20, 0, tzinfo=WIB)
    assert find_body_dates(text, base) == [{"text": written, "date": expected}]
    assert parse_date(text, base=base).date().isoformat() == expected


def test_a_comma_after_a_word_that_is_no_weekday_makes_no_date() -> None:
    assert find_body_dates("kata koordinator Arif ,(5/12).", datetime(2023, 12, 5, tzinfo=WIB)) == []

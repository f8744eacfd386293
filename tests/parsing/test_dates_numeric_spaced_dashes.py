"""A numeric day-first date whose dashes a form or a card spaces (`tanggal: "22 - 10 - 2023"`, `12 - 02 - 2024 ,
04:30PM`, `Ending Date : 02 - 11 -2023`): the date, as `22-10-2023` is. Spaced, a number past twelve is no month
read the American way."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 2, 29, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ('{ id: "#A218VT24", tanggal: "22 - 10 - 2023", status: "Delivered" },', "2023-10-22T00:00"),
    ('{ id: "#B45CSH64", tanggal: "01 - 2 - 2023", status:', "2023-02-01T00:00"),
    ("Fecha: 05 - 02 - 2024", "2024-02-05T00:00"),
    ("<strong>Commencement Date:</strong> 29 - 02 - 2024", "2024-02-29T00:00"),
    ("Starting Date :  <span class=\"condspan\"><br>5 - 10 - 2023</span>", "2023-10-05T00:00"),
    ("Ending Date : 02 - 11 -2023", "2023-11-02T00:00"),
    ("File updated ~ 26 - 2 - 2023 ~ Leaf", "2023-02-26T00:00"),
    ("24 - 10 - 2023", "2023-10-24T00:00"),
    ("Senin, 24 - 10 - 2023 - 14:05 WIB", "2023-10-24T14:05"),
])
def test_a_numeric_date_with_spaced_dashes_is_read(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("skor 2 - 13 - 2024", None),  # no thirteenth month, and no American reading when spaced
    ("Nomor 12 - 5 - 2024", None),  # a document's number
    ("telepon 0812 - 3456 - 7890", None),
    # As before.
    ("(12 - 13/11/2022)", "2022-11-12T00:00"),
    ("11/29/2011", "2011-11-29T00:00"),
    ("22-10-2023", "2023-10-22T00:00"),
])
def test_other_numbers_with_dashes_stay_as_they_were(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected

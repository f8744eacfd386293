"""Months as Indonesian spelled them before 1972 (`Djanuari`, `Djuni`, `Djuli`) and before 1947 (`Djoeni`,
`Agoestoes`): ANTARA's archive items keep the spelling of their time in the dateline (`Makassar, 17 Djuni 1959
(Antara) - ...`), and quoted documents in their dates (`Piagam Djakarta tertanggal 22 Djuni 1945`). Whole names only:
`Dju` names no month, as it would name two; a word that only looks old stays no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2024, 6, 3, 20, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ('Makassar, 17 Djuni 1959 (Antara) - Sekdjen Kempen Harjoto menerangkan di Makassar, bahwa ia menjerahkan '
     '"microphon keramat" 1945 kepada Presiden Sukarno', "1959-06-17T00:00"),
    ("Bahwa kami berkejakinan bahwa Piagam Djakarta tertanggal 22 Djuni 1945 menjiwai Undang-Undang Dasar 1945",
     "1945-06-22T00:00"),
    ("dinyatakan bahwa Fakultas Psikologi Universitas Indonesia dimulai tanggal 1 Djuli 1960. Dengan demikian",
     "1960-07-01T00:00"),
    ("Hal-Hal tentang Anggaran Daerah Otonom Jang Perlu Dikumakakan pada Sidang Tanggal 13 Djuli 1950",
     "1950-07-13T00:00"),
    ("A). Batavia, 17 Agoestoes 1945", "1945-08-17T00:00"),
    ("Jogjakarta, 12 Agoestoes 1908:", "1908-08-12T00:00"),
    ("Djakarta, 5 Djanuari 1960", "1960-01-05T00:00"),
    ("Djakarta, 1 Djoeli 1946", "1946-07-01T00:00"),
])
def test_old_spelling_month(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


def test_old_spelling_month_in_a_body() -> None:
    body = ('Makassar, 17 Djuni 1959 (Antara) - Sekdjen Kempen Harjoto menerangkan di Makassar. Fakultas itu dimulai '
            "tanggal 1 Djuli 1960.")
    assert [found["date"] for found in find_body_dates(body, _BASE)] == ["1959-06-17", "1960-07-01"]


@pytest.mark.parametrize("text", [
    "sedjak pemilihan2 jang terachir pada bulan Djuni jang lalu",  # a month with no day
    "Djakarta, 17 Dju 1959",  # a prefix names no month
    "Harga 17 Djuanda 1959",  # a name, not a month
])
def test_no_old_spelling_month(text: str) -> None:
    assert parse_date(text) is None

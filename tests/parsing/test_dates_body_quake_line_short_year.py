"""The seismology agency's quake line quoted in a body writes its day with a month name between dashes and a
two-digit year, then a clock with seconds (`#Gempa Mag:6.4, 11-Okt-18 01:44:57 WIB, Lok:7.42 LS`): a body date.
Other two-digit years stay unread in a body (`1-Des-20 orang`, a bare `11-Okt-18`, a clock without seconds)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

_BASE = datetime(2018, 10, 11, 10, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("#Gempa Mag:6.4, 11-Okt-18 01:44:57 WIB, Lok:7.42 LS, 114.47 BT (Pusat gempa berada di Laut 61 km TimurLaut "
     "Situbondo), Kedlmn:10 Km", _BASE, [("11-Okt-18", "2018-10-11")]),
    ("\u201cGempa (UPDATE) Mag:4.9, 13-Agu-24 10:03:52 WIB, Lok:9.18 LS, 112.59 BT (Pusat gempa berada di laut 115 km "
     "Tenggara Kab. Malang), Kedlmn:57 Km", datetime(2024, 8, 13, 11, 0, tzinfo=WIB), [("13-Agu-24", "2024-08-13")]),
    ("merilis gempa di Situbondo pada Kamis (11/10/2018) dinihari pukul 01.44.57 WIB. #Gempa Mag:6.4, 11-Okt-18 "
     "01:44:57 WIB, Lok:7.42 LS", _BASE, [("Kamis (11/10/2018)", "2018-10-11"), ("11-Okt-18", "2018-10-11")]),
])
def test_quake_line_day(text: str, base: datetime, expected: list[tuple[str, str]]) -> None:
    assert [(found["text"], found["date"]) for found in find_body_dates(text, base)] == expected


@pytest.mark.parametrize("text", [
    "Bantuan tiba 1-Des-20 orang relawan",
    "Laporan tanggal 11-Okt-18 sudah dikirim",
    "Gempa 11-Okt-18 01:44 WIB",
    "Kode 11-Okt-18-01:44:57",
])
def test_other_short_years_stay_unread(text: str) -> None:
    assert find_body_dates(text, _BASE) == []

"""A bar for the dateline's dash or comma: after the outlet's name in parentheses (`Depok (UIN Madura) | UIN Madura
turut ...`, a campus's news desk), or between the place and an outlet's name with figures (`Pamekasan | Sigap88 –`)
or in capitals saying it is one, after two bars too (`PAMEKASAN || KLIKMADURA –`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

BODY = " Bupati Pamekasan Baddrut Tamam mendukung perubahan status kampus menjadi universitas."


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Dilihat 36 Kali\nBagikan ke\n\nDepok (UIN Madura) | UIN Madura turut ambil bagian dalam Rapat Koordinasi Nasional"
     " (Rakornas) Forum Humas Perguruan Tinggi Keagamaan Islam Negeri (PTKIN)", "Depok", "UIN Madura"),
    ("PAMEKASAN || KLIKMADURA – Menteri Agama RI, Prof. Dr. KH. Nasaruddin Umar, M.A, meresmikan peralihan status"
     " Institut Agama Islam Negeri (IAIN) Madura menjadi Universitas Islam Negeri (UIN) Madura.", "PAMEKASAN",
     "KLIKMADURA"),
    ("Pamekasan | Sigap88 – Bupati Pamekasan Baddrut Tamam mendukung perubahan dari Institut Agama Islam Negeri (IAIN)"
     " Madura, menjadi Universitas Islam Negeri (UIN) Madura", "Pamekasan", "Sigap88"),
])
def test_real_bars_for_the_dash(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("head", "place", "agency"), [
    ("Jakarta (ANTARA) |", "Jakarta", "ANTARA"),
    ("Medan | Waspada -", "Medan", "Waspada"),
    # A district and its regency, no outlet.
    ("CIBINONG | BOGOR –", "CIBINONG | BOGOR", None),
])
def test_bars_near_misses_keep_their_reading(head, place, agency):
    found = parse_dateline(head + BODY)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("head", [
    # A caption's or a heading's words before parentheses and a bar: no place of a list.
    "Foto (Dok. Humas) |",
    "Kantor Bupati (Humas) |",
    # A rubric in capitals after the place's bar, no outlet's word in it.
    "JAKARTA || POLITIK –",
    "JAKARTA | EKONOMI –",
])
def test_bars_before_no_outlet_read_none(head):
    found = parse_dateline(head + BODY)
    assert found is None or found.agency is None

"""parse_dateline on an outlet's name of one title-case word glued to `pos` or `post` in lower case before its place
(`Merdekapos, Pekanbaru –`, as `Palpos` and `Bertuahpos` name themselves): the outlet and its place, no place and its
region; a district's name ending so after two letters (`Tapos, Depok`) stays a place and its city."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("Merdekapos, Pekanbaru— Setelah mengumumkan hasil Pilpres (Pemilihan Presiden dan Wakil Presiden) Komisi "
     "pemilihan umum", "Pekanbaru"),
    ("Merdekapos, Pekanbaru  – Dewan Pimpinan Daerah (DPD) PROJO Riau ucapkan selamat bagi masyarakat Indosia",
     "Pekanbaru"),
    ("Merdekapos, Rokan Hulu – Dua puluh Sembilan hari menjelang pesta demokrasi akbar 2024, Riau ibarat terkena "
     "demam gemoy", "Rokan Hulu"),
])
def test_the_outlet_before_its_place(text, place):
    assert place_and_agency(text) == (place, "Merdekapos")


def test_the_outlet_alone_before_the_dash():
    text = ("Merdekapost - Beberapa hari ini, foto, emoji hingga animasi semangka yang disandingkan dengan objek lain "
            "sebagai bentuk dukungan kepada Palestina.")
    assert place_and_agency(text) == (None, "Merdekapost")


@pytest.mark.parametrize("text, reading", [
    ("Tapos, Depok – Warga Kelurahan Cilangkap mengeluhkan jalan rusak.", ("Tapos, Depok", None)),
    ("Jakarta, Merdekapos – Dua puluh relawan berkumpul di Senayan.", ("Jakarta", "Merdekapos")),
    ("MuriaNewsCom, Semarang – Oei Tiong Ham dikenal sebagai peranakan Tionghoa.", ("Semarang", "MuriaNewsCom")),
])
def test_a_district_and_its_city_and_the_outlet_after_its_place_stay(text, reading):
    assert place_and_agency(text) == reading

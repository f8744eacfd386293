"""An official's title, the office's body and its place before a dash, the official's name after it (`Kabag Ops Polres
Blitar Kota – Kompol Agus Tri mengatakan ...`, a radio newsroom's lead): the office, no dateline's place. A place whose
name opens with such a word stays a place (`Kepala Batas`, a town in Penang; `Kasi`, a district)."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "Pertebal pengamanan debat terakhir Polres Blitar Kota menerjunkan 171 personel.\n\n    Kabag Ops Polres Blitar"
    " Kota – Kompol Agus Tri mengatakan, 171 personel telah disiapkan untuk mengamankan debat publik ketiga calon"
    " Walikota dan Wakil Walikota Blitar malam nanti.",
    "Ketua Bawaslu Kabupaten Blitar – Nur Ida Fitria membenarkan adanya temuan 3 oknum KPPS di Desa Selorejo dan Desa"
    " Olak Alen Kecamatan Selorejo berfoto dengan salah satu Cawabup.",
    "Kepala Dinas Sosial Kabupaten Lebak - Eka Darma Putra mengatakan, Dinas Sosial secepatnya akan melakukan"
    " verifikasi terhadap seluruh agen.",
    "Kapolres Blitar Kota – AKBP Danang Setiyo mengatakan, ratusan personel disiagakan di sejumlah titik.",
])
def test_an_officials_title_before_the_dash_is_no_place(text):
    assert place_and_agency(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Kepala Batas - Polis menahan seorang lelaki yang disyaki terlibat dalam kejadian itu.", "Kepala Batas"),
    ("KEPALA BATAS - Polis menahan seorang lelaki yang disyaki terlibat dalam kejadian itu.", "KEPALA BATAS"),
    ("BLITAR - Ketua Bawaslu Kabupaten Blitar Nur Ida Fitria membenarkan adanya temuan itu.", "BLITAR"),
])
def test_a_place_named_with_such_a_word_stays(text, place):
    assert place_and_agency(text) == (place, None)


def test_the_title_after_an_outlets_dateline_is_the_sentence():
    text = ("LEBAK, BANPOS – Kepala Dinas Sosial Kabupaten Lebak, Eka Darma Putra mengatakan, Dinas Sosial secepatnya"
            " akan melakukan verifikasi.")
    assert place_and_agency(text) == ("LEBAK", "BANPOS")

"""parse_dateline on a listed place and its outlet's domain with a comma typed for the dash after the domain too
(`Makassar, Sigapnews.com, Banjir musiman ...`): the place and the outlet; a sentence's word between commas is no
domain, and a domain followed by another outlet's name opens no sentence."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "Makassar, Sigapnews.com, Banjir musiman yang selama bertahun-tahun menjadi persoalan klasik di Kota Makassar "
    "mulai menunjukkan tren penurunan dampak.",
    "Selasa, 13 Januari 2026\n\nKurangi Dampak Banjir Tahunan, Pemkot Makassar Libatkan Kampus dan Balai\n\n\n\n"
    "Makassar, Sigapnews.com, Banjir musiman yang selama bertahun-tahun menjadi persoalan klasik di Kota Makassar.",
])
def test_a_comma_for_the_dash_after_the_domain(text):
    assert place_and_agency(text) == ("Makassar", "Sigapnews.com")


@pytest.mark.parametrize("text, reading", [
    ("Jakarta, Sigapnews.com,– Gubernur Sulawesi Selatan (Sulsel) Nurdin Abdullah ditetapkan sebagai tersangka",
     ("Jakarta", "Sigapnews.com")),
    ("Makassar, riuhmedia.com – Pemerintah Kota Makassar resmi menutup pendaftaran seleksi terbuka",
     ("Makassar", "riuhmedia.com")),
    ("Makassar, Warga, Ini kabar terbaru dari kampung kami.", None),
    ("Jakarta, detik.com, Kompas.com dan Tempo.co melaporkan hal yang sama.", None),
])
def test_the_dash_written_and_words_that_name_no_outlet_stay(text, reading):
    assert place_and_agency(text) == reading

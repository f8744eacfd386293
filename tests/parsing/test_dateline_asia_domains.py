"""An outlet's domain under `.asia` (`NIAGA.ASIA`, East Kalimantan's business paper), after a place glued by its full
stop (`TANJUNG REDEB.NIAGA.ASIA –`) or before it: the domain is the outlet, no word of the place."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize(("text", "place", "agency"), [
    # The caption above, its credit naming the outlet, then the dateline glued to the sentence by its en dash.
    ("Bupati Berau, Sri Juniarsih bersama Wabup, Gamalis, berikan penghargaan bagi masyarakat dan instansi yang"
     " berprestasi, di halaman Kantor Bupati, Rabu (15/9/2021). (foto Rita Amelia/Niaga.Asia)\n\nTANJUNG REDEB.NIAGA.ASIA"
     " –Peringatan Hari Jadi ke-68 Kabupaten Berau dan ke-211 Kota Tanjung Redeb, hari ini, Rabu (15/9/2021) digelar di"
     " halaman Kantor Bupati.", "TANJUNG REDEB", "NIAGA.ASIA"),
    ("SAMARINDA.NIAGA.ASIA – Pemerintah Kota Samarinda menggelar rapat koordinasi penanganan banjir.",
     "SAMARINDA", "NIAGA.ASIA"),
    ("NIAGA.ASIA, SAMARINDA – Pemerintah Kota Samarinda menggelar rapat koordinasi penanganan banjir.",
     "SAMARINDA", "NIAGA.ASIA"),
    ("Samarinda, Niaga.Asia – Pemerintah Kota Samarinda menggelar rapat koordinasi penanganan banjir.",
     "Samarinda", "Niaga.Asia"),
])
def test_an_asia_domain_is_the_outlet(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    # The region's name as a word, no domain: the place keeps no outlet.
    "SAMARINDA – Asia menjadi tujuan ekspor utama batu bara Kalimantan Timur tahun ini.",
])
def test_asia_as_a_word_is_no_outlet(text):
    found = parse_dateline(text)
    assert found is not None and found.agency is None

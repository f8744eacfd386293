"""A state portal's page run together: the story's headline on the first line with a dash and its speaker (`Ziarah
Tumpuan Utama - Mohd Fazil`), the photo's caption glued to the dateline by its full stop (`... hari ini.KUALA NERUS, 22
Oktober - ...`) or to the byline whose last name is glued to the place (`... penduduk.Oleh: Saifullah JusohBESUT -
...`). The headline is no dateline, nor the caption and byline part of one; the place in capitals after them is."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "place"), [
    ("Terengganu Sedia Kongsi Pembangunan Sukan Negeri\nUstaz Wan Sukairi bersama wakil Kerajaan Kelantan di MSNT, Gong"
     " Badak, hari ini.KUALA NERUS, 22 Oktober - Kerajaan Terengganu sentiasa bersedia untuk berkongsi amalan",
     "KUALA NERUS"),
    ("Nasib Pesakit Kronik Dibela - Azbi Salleh\nHaji Azbi Salleh (empat dari kiri) menyampaikan sumbangan kepada"
     " penduduk.Oleh: Saifullah JusohBESUT - Nasib pesakit-pesakit kronik di Dewan Undangan Negeri (DUN) Kuala Besut",
     "BESUT"),
    ("Ziarah Tumpuan Utama - Mohd Fazil\nHaji Mohd Fazil bertemu Firdaus di Kampung Telaga Batin.Oleh: Hailmey"
     " MansorKUALA NERUS - Ziarah menjadi tumpuan utama dalam memastikan kebajikan penduduk", "KUALA NERUS"),
    ("Lebuh Raya Rakyat Machang - Kuala Krai mula dibina\n\nAhmad menandatangani plat perasmian.\nMACHANG: Kerajaan"
     " negeri melancarkan operasi mula pembinaan Lebuh Raya Rakyat sepanjang 30.5 kilometer", "MACHANG"),
])
def test_headline_caption_and_byline_before_the_dateline(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize(("text", "reading"), [
    # a headline's dash and its speaker, no dateline below: nothing
    ("Ziarah Tumpuan Utama - Mohd Fazil\nHaji Mohd Fazil bertemu Firdaus di Kampung Telaga Batin.", None),
    # a listed place before the short line stays a place
    ("SURABAYA - Banjir rob\nWarga pesisir mengungsi ke balai desa sejak Senin malam.", ("SURABAYA", None)),
    # a paragraph's line wrapped short, its next line in lower case: the place stays
    ("TEMERLOH: Seorang\nlelaki maut manakala empat lagi cedera parah dalam pergaduhan antara dua\nkumpulan",
     ("TEMERLOH", None)),
    # a full stop glued to capitals that no list has: no dateline
    ("Warga mengikuti acara.SENAM PAGI - Warga desa ikut senam bersama di lapangan", None),
    ("Harga cabai naik di lokasi PT.BANGUN JAYA - Harga cabai di pasar induk naik lagi pada pekan ini", None),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading

"""parse_dateline on datelines that open a line below a caption, a kicker or a credit with no marker of its own."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize(("text", "place", "agency"), [
    # a photo caption closed by a full stop, no credit in parentheses
    ("Ilustrasi pasar tradisional saat pagi hari.\n\nBandung - Harga beras di pasar tradisional naik", "Bandung", None),
    # a kicker over the lead (print editions)
    ("Warga Diminta Tertib\n\nGARUT- Pemerintah kabupaten meminta warga tertib", "GARUT", None),
    # a page's loading line and a caption with the photographer after a slash
    ("loading...\n\nBupati meninjau jembatan yang rusak. Foto/Dok Redaksi/Andi\n\nSUMEDANG – Bupati meninjau jembatan",
     "SUMEDANG", None),
    # a caption whose last words name the photographer's paper, the dateline on the next line
    ("Bupati memotong tumpeng di pendopo. RADARKITA/Budi\nBOGOR - Pemerintah kabupaten menggelar syukuran",
     "BOGOR", None),
    # a byline and a time stamp on lines of their own
    ("Budi Santoso – detikNews\nSenin, 6 Mei 2024 10:00 WIB\nSurabaya – Polisi menangkap dua pelaku", "Surabaya", None),
    # an outlet's acronym after the place, below a caption that opens with a word in capitals glued
    ("PanenRaya – Bupati meninjau sawah warga.\n\nSUBANG, KR – Pemerintah kabupaten menggelar panen raya",
     "SUBANG", "KR"),
])
def test_a_dateline_opening_a_line_below_the_first(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "Harga naik lagi  Jakarta - Seorang warga mengeluh",  # two spaces are no line's start
    "Warga mengeluh (kemarin) Jakarta - Seorang pedagang",  # nor a closing parenthesis
])
def test_a_place_alone_inside_a_line_is_no_dateline(text):
    assert parse_dateline(text) is None

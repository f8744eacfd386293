"""An outlet's domain, a dash, then a listed place (its province after it or not) and a comma for the dash
(`MENSANEWS.COM-KUPANG NTT, Setelah ...`): the place is the dateline's, as after a name saying it is an outlet
(`Suaraindonesianews – Konawe, ...`), not the sentence's first words after an outlet alone."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("MENSANEWS.COM-KUPANG NTT, Setelah menggunakan hak pilihnya di Tempat Pemungutan Suara (TPS) 16 Kelurahan "
     "Liliba Kecamatan Oebobo, Wakil Gubernur (Wagub) NTT, Drs. Josef A. Nae Soi, MM melakukan pemantaun",
     ("KUPANG NTT", "MENSANEWS.COM")),
    ("MENSANEWS.COM – KUPANG, Setelah menggunakan hak pilihnya di Tempat Pemungutan Suara (TPS) 16 Kelurahan Liliba",
     ("KUPANG", "MENSANEWS.COM")),
    ("suaraindonesianews.com – Konawe, Kunjungan rombongan Pj Bupati Konawe terhalang kondisi jalan.",
     ("Konawe", "suaraindonesianews.com")),
    ("Tribunnews.com - JAKARTA, Presiden Joko Widodo meresmikan jalan tol di Jawa Tengah.", ("JAKARTA", "Tribunnews")),
])
def test_a_domain_a_dash_and_a_listed_place_before_a_comma(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # an institution's acronym opening the sentence after the outlet's dash
    ("TRIBUNNEWS.COM – BMKG, Badan Meteorologi Klimatologi dan Geofisika, memperingatkan hujan.", (None, "Tribunnews")),
    # a district's name is an ordinary word too often to stand there alone
    ("Kompas.com – Merdeka, Warga menyanyikan lagu kebangsaan di lapangan.", (None, "Kompas.com")),
    ("Kompas.com – Sementara, warga diminta tetap waspada.", (None, "Kompas.com")),
])
def test_other_words_after_the_outlets_dash_are_the_sentences(text, reading):
    assert place_and_agency(text) == reading

"""parse_dateline on headlines above the story whose dash joins two names (no place before it), and on a regional
outlet's domain ending the dateline's line where the second dash would stand."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


def test_a_headline_with_a_dash_between_two_names_is_no_place_above_the_dateline():
    text = ("Bobby Nasution Berharap Pasangan Prabowo – Gibran Menangkan Pilpres 2024\n\n"
            "MEDAN, SUMUTPOS.CO – Wali Kota Medan, Bobby Nasution berharap pasangan calon presiden")
    assert place_and_agency(text) == ("MEDAN", "SUMUTPOS.CO")


@pytest.mark.parametrize("text", [
    "Pasangan Prabowo – Gibran Menangkan Pilpres 2024\n\nWali Kota Medan, Bobby Nasution berharap pasangan calon",
    "Duel Persib – Persija Digelar Tanpa Penonton\nLaga klasik itu dipastikan berlangsung tanpa penonton.",
])
def test_a_headlines_words_about_a_pair_give_no_place(text):
    assert parse_dateline(text) is None


def test_an_english_headline_opened_by_a_country_and_a_dash_is_no_place_above_the_dateline():
    text = ("Sunday, July 17, 2016\n\nIndonesia - Health Ministry Reveals Names of 14 Health Facilities That Have "
            "Administered Fake Vaccines\n\nJakarta. The Health Ministry on Thursday (14/07) announced the names")
    assert place_and_agency(text) == ("Jakarta", None)


@pytest.mark.parametrize("text, read", [
    # a listed place keeps its dateline though the rest of its line is in title case
    ("Tana Toraja – Tourism Minister Sandiaga Uno\nsaid the region", ("Tana Toraja", None)),
    # an outlet's name in capitals ends the dateline's line
    ("Banyuwangi – COBRA BHAYANGKARA NEWS\nPuluhan rumah di Banyuwangi rusak usai dilanda hujan", ("Banyuwangi", None)),
])
def test_a_place_before_a_line_of_capitals_stays_a_place(text, read):
    assert place_and_agency(text)[0] == read[0]


def test_a_domain_ending_the_line_after_a_place_in_capitals_and_a_dash():
    text = ("Dewan Laporkan Warga, Massa Datangi Kantor DPRD KLU\nMassa Juga Protes Anggaran Kunker Dewan\n"
            "LOMBOK UTARA – lombokjurnal.com\nRatusan massa seruduk Kantor DPRD Kabupaten Lombok Utara, Senin (15/8).")
    assert place_and_agency(text) == ("LOMBOK UTARA", "lombokjurnal.com")


@pytest.mark.parametrize("text", [
    "Banjir di Jakarta - Kompas.com\nWarga mengungsi ke masjid terdekat sejak Senin malam.",  # a page's title
    "HARGA CABAI NAIK - Kompas.com\nPedagang di pasar tradisional mengeluh.",
])
def test_a_titles_words_and_a_domain_ending_the_line_give_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize("text", [
    "Pulau Saronde di Gorontalo – Tiap wilayah memiliki cara tersendiri untuk menarik wisatawan.",
])
def test_a_titles_words_joined_to_a_place_by_di_are_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None

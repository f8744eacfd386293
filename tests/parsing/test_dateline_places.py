"""parse_dateline where only a list of places tells the place from the outlet's name: Indonesia's regencies and
cities (`crawler.parsing.places`) and the cities abroad that outlets date stories from."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline
from crawler.parsing.places import is_gazetted


@pytest.mark.parametrize(("name", "known"), [
    ("Sleman", True), ("KERINCI", True), ("Kab. Bogor", True), ("Kabupaten Bogor", True), ("KOTA BATU", True),
    ("Tanjungpinang", True), ("Tanjung Pinang", True), ("Bau-Bau", True), ("Baubau", True), ("Kota Baru", True),
    ("Makkah", True), ("Al-Quds", True), ("Jenewa", True),
    ("Kota", False), ("Kab.", False), ("Cibinong", False), ("Pelitahati", False),
])
def test_a_gazetted_place_in_the_forms_datelines_write(name, known):
    assert is_gazetted(name) is known


@pytest.mark.parametrize(("text", "place", "agency"), [
    # an outlet's name in capitals, then a regency or a city abroad in title case
    ("PELITAHATI, Sleman – Warga menggelar kerja bakti di desa.", "Sleman", "PELITAHATI"),
    ("CAKRAWALA, Madinah – Jemaah haji tiba di hotel.", "Madinah", "CAKRAWALA"),
    ("CAKRAWALA, Kab. Bogor – Warga menggelar kerja bakti.", "Kab. Bogor", "CAKRAWALA"),
])
def test_an_outlet_in_capitals_before_a_regency_or_a_city_abroad(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place"), [
    ("Ubud, Gianyar – Warga menggelar kerja bakti.", "Ubud, Gianyar"),
    ("Wates, Kulon Progo – Warga menggelar kerja bakti.", "Wates, Kulon Progo"),
    ("SINGARAJA, BULELENG – Warga menggelar kerja bakti.", "SINGARAJA, BULELENG"),
    ("Sentani, Kab. Jayapura – Warga menggelar kerja bakti.", "Sentani, Kab. Jayapura"),
])
def test_a_regency_after_the_place_is_its_region_not_an_outlet(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # a name of one word glueing a province's name to another word, before a listed place
    ("Kitabanten, Lebak – Warga menggelar kerja bakti.", "Lebak", "Kitabanten"),
    ("Lensajatim, Kota Batu – Warga menggelar kerja bakti.", "Kota Batu", "Lensajatim"),
    ("DETAKMALUKU, TUAL – Warga menggelar kerja bakti.", "TUAL", "DETAKMALUKU"),
])
def test_an_outlet_glueing_a_province_before_a_listed_place(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place"), [
    ("Balikpapan, Penajam Paser Utara – Warga menggelar kerja bakti.", "Balikpapan, Penajam Paser Utara"),
    ("BALIKPAPAN, KUTAI KARTANEGARA – Warga menggelar kerja bakti.", "BALIKPAPAN, KUTAI KARTANEGARA"),
])
def test_a_listed_place_glueing_a_province_stays_a_place(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)


@pytest.mark.parametrize(("text", "agency"), [
    # a brand's word and a listed place alone, in either order and any case: an outlet, no place
    ("Metro Kendari – Kapolda meninjau pos pengamanan.", "Metro Kendari"),
    ("JAMBI TRIBUNE - Gubernur melantik pejabat baru.", "JAMBI TRIBUNE"),
    ("Radar Sleman – Pemerintah kabupaten menggelar kerja bakti.", "Radar Sleman"),
])
def test_a_brand_word_and_a_listed_place_alone_name_an_outlet(text, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (None, agency)


@pytest.mark.parametrize("text", [
    "Kota Metro – Pemerintah kota menggelar kerja bakti.",
    "METRO – Pemerintah kota menggelar kerja bakti.",
    "Metro Lampung – Pemerintah kota menggelar kerja bakti.",  # the city and its province
])
def test_the_city_of_metro_stays_a_place(text):
    found = parse_dateline(text)
    assert found is not None and found.agency is None and found.place is not None


@pytest.mark.parametrize(("text", "place", "agency"), [
    # an outlet's name of words in capitals after a listed place
    ("SAMBAS, SUARA PERBATASAN – Pemerintah kabupaten menerima kunjungan kerja.", "SAMBAS", "SUARA PERBATASAN"),
    ("KETAPANG, LENSA KALBAR – Pemerintah kabupaten menerima kunjungan kerja.", "KETAPANG", "LENSA KALBAR"),
    # a region of words in capitals after the place, listed or not
    ("MEDAN, SUMATERA UTARA – Warga memadati alun-alun kota.", "MEDAN, SUMATERA UTARA", None),
    ("YOGYAKARTA, DAERAH ISTIMEWA YOGYAKARTA – Warga memadati alun-alun kota.",
     "YOGYAKARTA, DAERAH ISTIMEWA YOGYAKARTA", None),
    ("CIBINONG, JAWA BARAT – Warga memadati alun-alun kota.", "CIBINONG, JAWA BARAT", None),
])
def test_words_in_capitals_after_a_listed_place_name_an_outlet_unless_a_region(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # a bar for the comma between an outlet in capitals and a listed place, its short name too
    ("PELITAHATI | Kukar – Tim gabungan melanjutkan pencarian korban.", "Kukar", "PELITAHATI"),
    ("PELITAHATI | Sleman – Tim gabungan melanjutkan pencarian korban.", "Sleman", "PELITAHATI"),
])
def test_an_outlet_in_capitals_and_a_bar_before_a_listed_place(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)

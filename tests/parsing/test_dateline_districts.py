"""The districts (kecamatan) that regional outlets date their copy from (`crawler.parsing.districts`), and the words of
listed places' names, as `crawler.parsing.places` looks them up."""

from __future__ import annotations

import pytest

from crawler.parsing.places import is_district, is_gazetted, is_place_word


@pytest.mark.parametrize(("name", "known"), [
    ("Cibinong", True), ("CIBINONG", True), ("Lubukpakam", True), ("Lubuk Pakam", True), ("Bontocani", True),
    ("Kecamatan Cibinong", True), ("Kec. Soreang", True), ("Medan Johor", True),
    ("Oelamasi", False), ("Polres", False), ("Pelitahati", False), ("Kecamatan", False),
])
def test_a_district_in_the_forms_datelines_write(name, known):
    assert is_district(name) is known


def test_a_regency_glued_to_its_abbreviation():
    assert is_gazetted("Kab.Garut") and is_gazetted("Kab.Bandung")
    assert not is_gazetted("Kabanjahe")  # a district whose name opens with the letters, no regency


@pytest.mark.parametrize(("word", "known"), [
    ("Baru", True), ("Johor", True), ("Way", True), ("SELATAN", True),
    ("Polres", False), ("Jurnal", False), ("Memontum", False),
])
def test_a_word_of_some_place_s_name(word, known):
    assert is_place_word(word) is known

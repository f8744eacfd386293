"""An outlet's name of two words in capitals joined by a dot, a domain's name without its top-level part, before the
place in capitals (`SUARA.NABIRE, WAMENA - Salah satu keindahan alam Papua ...`, a Papuan blog's copy): the outlet
and its place, as `SUARA NABIRE, WAMENA -` is. A place's name typed with a dot for its space stays a place with its
region (`KOTA.BATU, MALANG -`, `BANDA.ACEH, ACEH -`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("SUARA.NABIRE, WAMENA - Salah satu keindahan alam Papua yang menyimpan keunikan dan pesonanya tersendiri adalah "
     "Sungai Baliem di kabupaten Jaya Wijaya.", "WAMENA", "SUARA.NABIRE"),
    ("SUARA NABIRE, WAMENA - Salah satu keindahan alam Papua yang menyimpan keunikan.", "WAMENA", "SUARA NABIRE"),
    ("RADAR.BOGOR, CIBINONG - Wakil Bupati Bogor meninjau pembangunan jalan di Cibinong.", "CIBINONG", "RADAR.BOGOR"),
])
def test_two_words_in_capitals_joined_by_a_dot_before_the_place_name_the_outlet(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "KOTA.BATU, MALANG - Wali Kota Batu meninjau pasar induk.",
    "BANDA.ACEH, ACEH - Wali Kota Banda Aceh meninjau pasar induk.",
])
def test_a_places_name_with_a_dot_for_its_space_is_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None

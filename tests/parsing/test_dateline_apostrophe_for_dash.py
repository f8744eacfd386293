"""An outlet's name, its place, then an apostrophe between spaces where the page's en dash was lost to its encoding
(`BORNEONEWS, Sampit ' Kabupaten Kapuas resmi ditunjuk ...`, an older Borneo paper's page, its quotes turned to
apostrophes too): the outlet and its place. An apostrophe opening a quoted word is no dash (`BORNEONEWS, Sampit
'Kabupaten Kapuas' ...`), nor a place alone before a spaced apostrophe."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place", [
    ("BORNEONEWS, Sampit ' Kabupaten Kapuas resmi ditunjuk menjadi tuan rumah peringatan hari ulang tahun (HUT) ke-61 "
     "Provinsi Kalimantan Tengah tahun depan.", "Sampit"),
    ("BORNEONEWS, Pangkalan Bun ' Kawasan Bundaran Pancasila Pangkalan Bun bakal menjadi pusat acara malam pergantian "
     "tahun.", "Pangkalan Bun"),
])
def test_a_spaced_apostrophe_after_an_outlet_and_its_place_is_the_dash(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, "BORNEONEWS")


@pytest.mark.parametrize("text", [
    "BORNEONEWS, Sampit 'Kabupaten Kapuas' resmi ditunjuk menjadi tuan rumah.",
    "Sampit ' Kabupaten Kapuas resmi ditunjuk menjadi tuan rumah.",
])
def test_a_quote_or_a_place_alone_before_an_apostrophe_is_no_dateline(text):
    assert parse_dateline(text) is None

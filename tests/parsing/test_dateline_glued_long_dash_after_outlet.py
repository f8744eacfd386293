"""A place, a comma and an outlet's name, then an en or em dash glued to the name and to the sentence (`Padang,
Javanusa—Wali Kota Padang Hendri Septa ...`, a regional portal's copy): the dash ends the dateline as a spaced one does.
One hyphen glued to both words joins them (`Padang, Javanusa-Wali ...`), and two glued hyphens after an issuing office's
name stay its dash (`Bandung, Humas--Direktorat ...`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency, raw", [
    ("Padang, Javanusa—Wali Kota Padang Hendri Septa resmi menjadi Panghulu Kaum Suku Caniago Sumagek Nagari Nan XX "
     "Lubuk Begalung, dengan menyandang gelar Datuk Alam Batuah.", "Padang", "Javanusa", "Padang, Javanusa—"),
    ("PADANG, Javanusa–Pemerintah Kota Padang menggelar rapat koordinasi bersama seluruh camat.", "PADANG", "Javanusa",
     "PADANG, Javanusa–"),
    ("Bandung, Humas--Direktorat Jenderal Penyelenggaraan Haji dan Umrah (PHU) Kemenag menggelar Rakerna Evaluasi "
     "Penyelenggaraan Ibadah Haji.", "Bandung", "Humas", "Bandung, Humas--"),
])
def test_a_long_dash_glued_after_an_outlets_name_ends_the_dateline(text, place, agency, raw):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.raw) == (place, agency, raw)


@pytest.mark.parametrize("text", [
    "Padang, Javanusa-Wali Kota Padang Hendri Septa resmi menjadi Panghulu Kaum Suku Caniago Sumagek.",
    "Medan, Sumut—Gubernur Sumatera Utara meresmikan jalan tol baru.",
])
def test_a_hyphen_glued_to_both_words_or_a_region_after_the_place_names_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None

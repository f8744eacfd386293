"""A photo caption above the story: a label, a dash and the caption's words, closed by the photo's credit (`Potret -
Pagar depan persewaan kos muslim (Foto: Triska)`): the label is no place, whatever stands below."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


def test_a_caption_label_before_its_credit_is_no_place():
    text = ("Fenomena Kos Muslim : Ekspresi Beragama di kota Pendidikan\nPotret - Pagar depan persewaan kos muslim (Foto:"
            " Triska)\nMALANG-KAV.10 Kota Malang mendapat julukan sebagai kota pendidikan bukan tanpa alasan.")
    found = parse_dateline(text)
    assert found is None or found.place != "Potret"


def test_the_dateline_below_the_caption_is_read():
    text = ("Potret - Pagar depan persewaan kos muslim (Foto: Triska)\nMALANG - Kota Malang mendapat julukan sebagai kota"
            " pendidikan bukan tanpa alasan.")
    assert parse_dateline(text).place == "MALANG"


@pytest.mark.parametrize(("text", "place"), [
    # A listed place before the caption's dash stays a place (a caption's place is the story's too).
    ("Malang - Pagar depan persewaan kos muslim (Foto: Triska)\nKota Malang mendapat julukan sebagai kota pendidikan.",
     "Malang"),
    # No credit closing the line: the caption is not told from a paragraph.
    ("Jakarta - Presiden meninjau pembangunan jalan tol di pinggir kota pada Senin pagi.\nIa didampingi menteri.",
     "Jakarta"),
])
def test_places_before_a_credit_or_none_stay(text, place):
    assert parse_dateline(text).place == place

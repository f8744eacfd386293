"""A desk's code and then two reporters joined by `dan` or `&` closing the text (Liputan6's early pages: `... melainkan
hanya menonton.(RSB/Teguh Hadiprayitno dan Kukuh Ariwibowo)`): the credit is no text, and the two reporters wrote the
story, named as the credit joins them; a bracket whose second name is no person's stays the text's reading."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import closing_writer, split_signature

URL = "http://liputan6.com/fullnews/20551.html"
LEAD = ("Liputan6.com, Semarang: Tawuran antarpelajar di Kota Semarang, Jawa Tengah, belakangan ini marak dan "
        "seringkali sampai mengganggu arus lalu lintas. Sebanyak 50 pelajar di sana, baru-baru ini, ditangkap Unit "
        "Perintis Sabhara Kepolisian Kota Besar Semarang, lantaran terlibat tawuran.")
LAST = ("Namun, kepada polisi, para pelajar yang ditangkap mengaku tak ikut tawuran, melainkan hanya "
        "menonton.{credit}")


def page(credit: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Puluhan Pelajar Semarang Ditangkap"
            "</title><meta property='article:published_time' content='2002-04-10T12:00:00+07:00'></head><body>"
            "<article><h1>Puluhan Pelajar Semarang Ditangkap</h1><div class='text'>"
            f"<p>{LEAD}</p><p>{LAST.format(credit=credit)}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("credit, writers", [
    ("(RSB/Teguh Hadiprayitno dan Kukuh Ariwibowo)", "Teguh Hadiprayitno dan Kukuh Ariwibowo"),
    (" (ANS/Bambang Triyono & Edi Suryanto)", "Bambang Triyono & Edi Suryanto"),
    ("(RSB/Teguh Hadiprayitno)", "Teguh Hadiprayitno"),  # one reporter, as before
])
def test_two_reporters_after_the_code_close_the_text_and_wrote_it(credit, writers):
    item = parse_article(page(credit), URL)
    assert item["body"].endswith("melainkan hanya menonton.")
    assert item["author"] == writers
    assert item["dateline"]["place"] == "Semarang"


@pytest.mark.parametrize("text", [
    "ke sana (Jakarta/Teguh dan Kukuh)",  # no stop before it, one-word names: the sentence's bracket
    "hasilnya imbang (2/3 dan 4/5)",
])
def test_a_bracket_of_other_words_is_no_credit(text):
    assert split_signature(text)[1] is None


def test_a_second_name_that_is_no_person_names_no_writer():
    remaining, found = split_signature("jalan. (Tribunnews.com/Budi Santoso dan Kota Bandung)")
    assert closing_writer(found) is None

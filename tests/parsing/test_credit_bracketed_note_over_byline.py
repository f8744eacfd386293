"""A note wholly in brackets over a column's byline, the occasion it was written for (Damar Kita 2018: `(Pelantikan
Bupati Bojonegoro 2018- 2023, Anna Muawanah - Budi Irawanto, Di Gedung Grahadi Surabaya 24-9-2018)` over `Oleh :
Sujatmiko`): the byline under it names the writer. A sentence opening with `Oleh` under such a note names nobody."""

from __future__ import annotations

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

NOTE = ("<p>(Pelantikan Bupati Bojonegoro 2018- 2023, Anna Muawanah - Budi Irawanto, Di Gedung Grahadi Surabaya"
        " 24-9-2018)</p>")
LEAD = ("<p>Selamat datang bupati-wakil bupati pilihan rakyat Bojonogoro. Pasangan Hj Anna Muawanah-Budi Irawanto, yang"
        " dilantik Gubernur Jawa Timur Soekarwo di Gedung Negara Grahadi Surabaya, hari ini.</p>")


def test_the_byline_under_a_bracketed_note_names_the_writer():
    item = parse_article(page(lead=f"{NOTE}<p>Oleh : Sujatmiko</p>{LEAD}"), URL)
    assert item["author"] == "Sujatmiko"
    assert item["body"].startswith("Selamat datang")


def test_a_sentence_under_a_bracketed_note_names_nobody():
    sentence = "<p>Oleh karena itu, warga diminta datang lebih awal ke lokasi pelantikan di Surabaya.</p>"
    assert parse_article(page(lead=f"{NOTE}{sentence}{LEAD}"), URL)["author"] is None


def test_a_caption_credit_over_the_byline_keeps_its_reading():
    caption = "<p>Suasana pelantikan di Gedung Grahadi Surabaya. (Foto: Istimewa)</p>"
    assert parse_article(page(lead=f"{caption}<p>Oleh : Sujatmiko</p>{LEAD}"), URL)["author"] == "Sujatmiko"

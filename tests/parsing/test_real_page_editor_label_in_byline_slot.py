"""A byline element before the text that opens with the editor's label and no colon (Kompas 2015's author slot:
`Editor Desy Afrianti`, the label run into the linked name: `Editor<a>Desy Afrianti</a>`): it names the editor, no
writer; the page's author is read elsewhere or is none. A writer's slot beside it reads as before."""

from __future__ import annotations

from crawler.parsing import parse_article

URL = "https://nasional.kompas.com/read/2015/10/18/20133261/Jokowi.Hadiri.Laga.Final.Piala.Presiden.di.Stadion.GBK"
TEXT = ("<div class='read__content'><p>JAKARTA, KOMPAS.com - Presiden Joko Widodo menghadiri pertandingan final Piala "
        "Presiden di Stadion Gelora Bung Karno, Minggu (18/10/2015) malam ini.</p><p>Ketika itu, seisi stadion yang "
        "berkapasitas lebih dari 80.000 orang tersebut nyaris dipadati para pendukung kedua klub.</p></div>")


def _page(slots: str) -> str:
    return (f"<html><head><title>Jokowi Hadiri Laga Final Piala Presiden di Stadion GBK</title></head><body><article>"
            f"<h1>Jokowi Hadiri Laga Final Piala Presiden di Stadion GBK</h1><div class='read__time'>Kompas.com - "
            f"18/10/2015, 20:13 WIB</div>{slots}{TEXT}</article></body></html>")


def test_the_editor_slot_names_no_writer():
    item = parse_article(_page("<div class='read__author'>Editor Desy Afrianti</div>"), URL)
    assert (item["author"], item["editor"]) == (None, "Desy Afrianti")


def test_the_label_run_into_the_linked_name_names_no_writer():
    item = parse_article(_page("<div class='read__author'>Editor<a href='/penulis/desy'>Desy Afrianti</a></div>"), URL)
    assert item["author"] is None


def test_a_writer_slot_beside_it_reads_as_before():
    slots = "<div class='read__author'>Icha Rastika</div><div class='read__author'>Editor Desy Afrianti</div>"
    item = parse_article(_page(slots), URL)
    assert (item["author"], item["editor"]) == ("Icha Rastika", "Desy Afrianti")

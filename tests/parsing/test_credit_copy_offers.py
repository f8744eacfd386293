"""A copy of a Kompas story closing with the reprint note, the writer and the editor, and Kompas's offers of its
subscription and app after them, all in one paragraph (line breaks lost): the offers end the editor's name, the
credits are read and the footer leaves the text. Names and headlines are made up; the shapes are real."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import PARAGRAPHS, URL, page  # beside this file

NOTE = ("Artikel ini telah tayang di Kompas.com dengan judul \"5 Kanal Donasi untuk Korban Gempa\", Klik untuk baca: "
        "https://tekno.kompas.com/read/2022/11/26/08020027/5-kanal-donasi-untuk-korban-gempa.")


@pytest.mark.parametrize("offers", [
    "Kompascom+ baca berita tanpa iklan: https://kmp.im/plus6 Download aplikasi: https://kmp.im/app6",
    "Download aplikasi Kompas.com untuk akses berita lebih mudah dan cepat:",
])
def test_the_outlets_offers_after_the_editor_end_the_name(offers):
    credits = parse_credits(f"Penulis : Rina Kartika Editor : Budi Santoso {offers}")
    assert (credits.author, credits.editor) == ("Rina Kartika", "Budi Santoso")


def test_a_copys_footer_in_one_paragraph_gives_the_credits_and_leaves_the_text():
    last = (f"<p>{NOTE}\n Penulis : Rina Kartika\n Editor : Budi Santoso\n Kompascom+ baca berita tanpa iklan: "
            "https://kmp.im/plus6\n Download aplikasi: https://kmp.im/app6</p>")
    item = parse_article(page(last=last), URL)
    assert (item["author"], item["editor"]) == ("Rina Kartika", "Budi Santoso")
    assert item["body"] == "\n\n".join(PARAGRAPHS)


def test_a_source_label_followed_by_a_sentence_is_no_credit_line():
    assert parse_credits("Penulis: Rina Kartika Sumber: laporan tahunan yang dirilis pada Senin menyebut angka "
                         "kemiskinan turun tiga persen dibanding tahun lalu") is None

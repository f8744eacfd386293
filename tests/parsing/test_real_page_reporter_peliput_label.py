"""A regional paper's reporter printed under its own label, `Peliput` ("the one who covered it"), under the editor's
credit over the dateline (Malut Post 2019: `Editor : Muhammad Nur Husen` over `Peliput : Muhammad Kabir` over `MABA – ...`):
the reporter is the author, the editor stays the editor, and neither line is text. A sentence using the word stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["MABA – Upaya Kepolisian Resort (Polres) Halmahera Timur mengungkap kasus pembunuhan tiga warga Waci Kecamatan "
        "Maba Selatan membuahkan hasil. Buktinya, hingga Minggu (25/8) kemarin kepolisian berhasil mengamankan tujuh "
        "terduga pelaku pembunuhan sadis beberapa bulan lalu itu.",
        "Mereka diamankan secara terpisah. Terakhir, Minggu (25/8) sekira pukul 11.35 WIT penyidik kepolisian menangkap "
        "pelaku berinisial KR di kediamannya Desa Tewil Kecamatan Kota Maba."]


def test_the_peliput_label_names_the_author():
    result = clean_body([Block("Editor : Muhammad Nur Husen"), Block("Peliput : Muhammad Kabir"), *map(Block, TEXT)])
    assert result.credits.author == "Muhammad Kabir"
    assert result.credits.editor == "Muhammad Nur Husen"
    assert all("Peliput" not in paragraph for paragraph in result.paragraphs)


def test_the_label_at_the_end_names_the_author_too():
    result = clean_body([*map(Block, TEXT), Block("Peliput: Muhammad Kabir")])
    assert result.credits.author == "Muhammad Kabir"
    assert result.paragraphs[1:] == TEXT[1:]
    assert all("Peliput" not in paragraph for paragraph in result.paragraphs)


def test_a_sentence_with_the_word_stays():
    line = "Peliput dari berbagai media hadir dalam konferensi pers di Mapolres Halmahera Timur, Senin (26/8)."
    result = clean_body([*map(Block, TEXT), Block(line)])
    assert result.paragraphs[-1] == line
    assert result.credits.author is None

"""A header's credit box printed over the text, each name over its role's label alone (Kompas 2019: `Michael Hangga
Wismabrata` over `Editor` under `Kompas.com - 16/07/2019, 15:44 WIB`; Kompas 2024: `Erwin Hutapea` over `Penulis`) or
each label over its name (JatimTIMES's `Reporter` over `Ashaq Lupito`): the box, not text; a writer's label names the
author, an editor’s names no writer. A label over a sentence, and a sentence naming someone over a label alone,
stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["“Saat ini masih terus dilakukan pendataan karena beberapa kecamatan belum bisa didata, sehingga sekali lagi "
        "ini masih data sementara dan masih bisa bertambah lagi,” kata Ali.",
        "Ali menambahkab, pemerintah Kabupaten Halmahera Selatan telah menetapkan tanggap darurat bencana selama "
        "tujuh hari."]


def _clean(lines):
    return clean_body([Block(line) for line in lines])


def test_the_box_over_the_text_leaves():
    result = _clean(["Michael Hangga Wismabrata", "Editor", *TEXT])
    assert result.paragraphs == TEXT
    assert result.credits.author is None
    result = _clean(["Erwin Hutapea", "Penulis", "Sabrina Asril", "Editor", *TEXT])
    assert result.paragraphs == TEXT
    assert result.credits.author == "Erwin Hutapea"
    result = _clean(["Reporter", "Ashaq Lupito", "Editor", "Dede Nana", *TEXT])
    assert result.paragraphs == TEXT
    assert result.credits.author == "Ashaq Lupito"


def test_a_label_over_a_sentence_and_a_heading_stay():
    sentence = "Editor senior harian itu, Budi Santoso, menilai pendataan berjalan lambat."
    assert _clean(["Editor", sentence, *TEXT]).paragraphs == ["Editor", sentence, *TEXT]
    named = "Penulis buku itu, Michael Hangga Wismabrata, hadir dalam acara peluncuran di Labuha."
    assert _clean([named, "Editor", *TEXT]).paragraphs == [named, "Editor", *TEXT]


def test_a_desk_over_the_writers_label_names_no_writer():
    # Kompas 2018's fact check: `Tim Cek Fakta` over `Penulis` is the desk's box.
    result = _clean(["Tim Cek Fakta", "Penulis", *TEXT])
    assert result.paragraphs == TEXT
    assert result.credits.author is None

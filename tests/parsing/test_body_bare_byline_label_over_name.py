"""A column's byline label alone without its colon, the writer's name on the next line and the reading time under it
after a header's dot (Kompas.id's `Oleh` over `Sutta Dharmasaputra` over `· 1 menit baca`): the three lines are the
header, the name is the author. A sentence opening with the word runs on (`Oleh karena itu, ...`) and stays; so does a
reading time's words inside a sentence."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Hari ulang tahun selalu diperingati. Sebuah kehidupan berawal dari sana. Dari tiada menjadi ada. Refleksi diri "
        "pun menemukan momentumnya.",
        "Harian Kompas pada 28 Juni 2021 pun berulang tahun. Berawal dari dering sebuah telepon Letnan Jenderal Ahmad "
        "Yani yang kala itu Menteri Panglima Angkatan Darat kepada Frans Seda."]


def _clean(lines):
    return clean_body([Block(line) for line in lines])


def test_the_label_the_name_and_the_reading_time_are_the_header():
    result = _clean(["Oleh", "Sutta Dharmasaputra", "· 1 menit baca", *TEXT])
    assert result.paragraphs == TEXT
    assert result.byline_author == "Sutta Dharmasaputra"


def test_the_author_is_read_from_the_page():
    body = "".join(f"<p>{line}</p>" for line in ["Oleh", "Sutta Dharmasaputra", "· 1 menit baca", *TEXT])
    page = (f"<html><head><title>Menjadi Kawan di Era Disinformasi</title></head><body><article><h1>Menjadi Kawan di "
            f"Era Disinformasi</h1><div class='article-content'>{body}</div></article></body></html>")
    item = parse_article(page, "https://www.harian.example/baca/opini/2021/06/21/menjadi-kawan-di-era-disinformasi")
    assert item["body"].split("\n\n") == TEXT


def test_a_sentence_opening_with_the_word_stays():
    line = "Oleh karena itu, ulang tahun kali ini dirayakan sederhana bersama pembaca yang setia selama 1 menit baca."
    assert _clean([*TEXT, line]).paragraphs == [*TEXT, line]
    assert _clean([TEXT[0], "· 1 menit baca", TEXT[1]]).paragraphs == TEXT

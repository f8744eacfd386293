"""A news theme's comment box left under the text as lines (Kitasulsel, 2023: `Continue Reading` over `Click to
comment`, `You must be logged in to post a comment Login` and `Leave a Reply`): the call and the notice to a reader not
signed in go, as WordPress's Indonesian `Klik untuk berkomentar` does. The words inside a sentence stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

LEAD = ("Kitasulsel, Makassar—Tribun Timur merayakan ulang tahun ke-19 pada Kamis, 9 Februari 2023. Perayaan kali ini "
        "mengusung tagline Mata Lokal Menjangkau Indonesia.")
LAST = "Dia berharap Tribun Timur tetap eksis memberikan warna tersendiri bagi dunia pers di tanah air."


def body(*paragraphs: str) -> str:
    html = ("<html><head><title>Ulang Tahun ke-19, Wali Kota Makassar Sampaikan Selamat untuk Tribun Timur</title></head>"
            "<body><article><h1 class='entry-title'>Ulang Tahun ke-19, Wali Kota Makassar Sampaikan Selamat untuk "
            "Tribun Timur</h1><div class='entry-content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            + "</div></article></body></html>")
    return parse_article(html.encode(), "https://kitasulsel.com/2023/02/09/ulang-tahun-ke-19")["body"]


def test_the_comment_box_lines_go():
    found = body(LEAD, LAST, "Continue Reading", "Click to comment", "You must be logged in to post a comment Login",
                 "Leave a Reply")
    assert found.endswith(LAST)


@pytest.mark.parametrize("line", ["Click to comment", "You must be logged in to post a comment Login",
                                  "You must be logged in to post a comment.", "Click here to comment"])
def test_each_alone_goes(line):
    assert body(LEAD, line, LAST) == body(LEAD, LAST)


def test_a_sentence_with_the_words_stays():
    text = "Pembaca yang ingin menanggapi, click to comment adalah tombol yang tersedia di bawah berita ini."
    assert text in body(LEAD, text, LAST)

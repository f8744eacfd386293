"""A round-up's pointer to a story in full, "read it more fully" and its linked headline with no colon (ANTARA's 2017
`Lebih lengkap baca <headline>` under an item of `Lima berita kemarin yang masih layak baca`), is no text, as its
`Selengkapnya baca di sini.` and `Baca juga <headline>` lines are not. Real lines (antaranews.com, 2017) in a reduced
page of the template of the time; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://www.antaranews.com/berita/624367/lima-berita-kemarin-yang-masih-layak-baca"
ITEM = ["2. Korea Utara pamerkan rudal balistik di parade militer",
        "Seoul (ANTARA News) - Korea Utara memamerkan rudal balistik kapal selamnya untuk pertama kali dalam parade "
        "militer besar Sabtu di ibu kotanya, Pyongyang.",
        "Kantor berita Korea Selatan, Yonhap, juga mewartakan hadirnya rudal balistik kapal selam dalam parade militer "
        "skala besar di Pyongyang, menyebutnya sebagai kali pertama negara komunis itu mengungkap ke publik senjata "
        "baru yang sedang dikembangkan."]
LEAD = ("Jakarta (ANTARA News) - Presiden Jokowi ajak rakyat saling menghargai saat meresmikan Masjid Hasyim Asy'ari, "
        "Korea Utara pamer rudal balistik hingga persiapan keamanan jelang pelaksanaan upacara adat di Keraton "
        "Surakarta menjadi berita-berita kemarin yang masih layak baca.")


def _page(*paragraphs: str) -> str:
    return ("<html><head><title>Lima berita kemarin yang masih layak baca - ANTARA News</title></head><body>"
            "<div class='bjbrt'><h1 class='title'><strong>Lima berita kemarin yang masih layak baca</strong></h1>"
            "<div class='date mt10'>Minggu, 16 April 2017 06:05 WIB | 1.229 Views</div><div id='content_news'>"
            + "<br /><br />\n".join(paragraphs)
            + "<p class='date'>COPYRIGHT &copy; ANTARA 2017</p></div></div>"
            "</body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_more_fully_pointer_with_its_linked_headline_is_no_text(profile):
    pointer = ("Lebih lengkap baca <a href='https://www.antaranews.com/berita/624320/x'>Rudal SLBM ini yang dipamerkan "
               "Korea Utara kepada dunia</a>")
    body = parse_article(_page(LEAD, *ITEM, pointer), URL, profile=profile)["body"]
    assert body.endswith(ITEM[-1])
    assert "Lebih lengkap" not in body


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_sentence_opening_with_the_words_stays(profile):
    # No link holds the rest: the writer's own advice to read a guide.
    sentence = "Lebih lengkap baca buku panduan yang disediakan panitia di lokasi acara."
    body = parse_article(_page(LEAD, *ITEM, sentence), URL, profile=profile)["body"]
    assert body.endswith(sentence)

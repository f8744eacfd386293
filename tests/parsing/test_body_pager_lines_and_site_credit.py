"""The pager's links with no headline as the page's last lines (GenPI's `Berita Sebelumnya` over `Berita Selanjutnya`
under the text) are no text, and a source's web address alone in brackets after the last sentence (`... tidak baik,"
terang Sutarmidji. (kalbarprov.go.id)`) credits where the story came from. An address inside the sentence, and a
paragraph that goes on after a pager's words, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = "Dia menjelaskan infrastruktur yang baik akan mendukung pembangunan pemerintahan."
QUOTE = ("“Mustahil memberikan pelayanan jika infrastruktur pemerintahan dan sarana dan prasarananya tidak baik,\" "
         "terang Sutarmidji.")


def test_the_pager_lines_and_the_site_credit_go():
    result = clean_body([Block(FIRST), Block(f"{QUOTE} (kalbarprov.go.id)"), Block("Berita Sebelumnya"),
                         Block("Berita Selanjutnya")])
    assert result.paragraphs == [FIRST, QUOTE]


def test_a_lone_pager_line_at_the_end_goes():
    assert clean_body([Block(FIRST), Block(QUOTE), Block("Artikel Selanjutnya")]).paragraphs == [FIRST, QUOTE]


def test_an_address_inside_the_sentence_stays():
    inside = "Informasi lengkap dapat dilihat di laman resmi pemerintah provinsi (kalbarprov.go.id)."
    assert clean_body([Block(FIRST), Block(inside)]).paragraphs == [FIRST, inside]


def test_text_after_the_pager_words_stays():
    later = "Pemerintah provinsi akan mengumumkan hasilnya pekan depan."
    assert clean_body([Block(FIRST), Block("Berita Selanjutnya"), Block(later)]).paragraphs[-1] == later

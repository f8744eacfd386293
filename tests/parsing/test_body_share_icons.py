"""A share bar's icons left as lines under the header, each its name alone in lower case joined by hyphens (Kumparan's
`sosmed-whatsapp-white`, `copy-link-circle`, `more-vertical`), and a counter's number under its label (`comment` over
`0`): no text. A hyphenated word inside a sentence, a number under a heading and a tag with a year stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Petugas menunjukkan sampel emas batangan di Butik Emas Logam Mulia, Jakarta, Selasa (3/9). Foto: ANTARA "
           "FOTO/Muhammad Adimaja")
TEXT = ["Berita populer ekonomi bisnis pada Sabtu (22/2) ditopang oleh kenaikan harga emas Antam yang tembus di atas Rp "
        "800.000. Berikut berita populer ekbis rangkuman kumparan.",
        "Lonjakan pada harga emas Antam atau PT Aneka Tambang Tbk (ANTM) belum berhenti. Kenaikan kembali terjadi hari "
        "ini."]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_share_bars_icons_and_the_comment_count_leave_the_body():
    lines = ["comment", "0", "sosmed-whatsapp-white", "copy-link-circle", "more-vertical", CAPTION,
             "zoom-in-whitePerbesar", CAPTION, "ADVERTISEMENT", *TEXT]
    assert _paragraphs(lines) == TEXT


def test_icons_between_the_paragraphs_leave_the_body():
    assert _paragraphs([TEXT[0], "share-alt", "bookmark-outline", TEXT[1]]) == TEXT


def test_a_number_under_a_heading_stays():
    lines = [TEXT[0], "Jumlah korban", "12", TEXT[1]]
    assert _paragraphs(lines) == lines


def test_a_hyphenated_word_in_a_sentence_and_a_tag_with_a_year_stay():
    lines = [TEXT[0], "kata-kata itu diucapkan berulang-ulang.", "pilkada-2024", TEXT[1]]
    assert _paragraphs(lines) == lines

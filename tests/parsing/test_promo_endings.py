"""Outlets' promotions, widgets and players between or after paragraphs (fact-check calls, subscription offers,
reaction widgets, page markers, video boxes), through the body cleaner with no site profile. Each real shape comes
with a line of text of the same look that stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*OPENING, *lines]]).paragraphs


@pytest.mark.parametrize("line", [
    # Liputan6's fact-check desk, starred or after its question.
    "* Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor 0811 9787 670 hanya dengan "
    "ketik kata kunci yang diinginkan.",
    "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta "
    "Liputan6.com 0811-9787-670 hanya dengan ketik kata kunci yang diinginkan.",
    # Bisnis's subscription offer and its note over an AI summary.
    "Nyaman tanpa iklan. Langganan BisnisPro",
    "* Ringkasan ini dibantu dengan menggunakan AI",
    # IDN Times's marker between a page's parts, Liputan6's zoom button.
    "Scroll untuk melanjutkan",
    "- Scroll untuk melanjutkan -",
    "Perbesar",
    # A reaction widget's heading.
    "Bagaimana reaksi Anda tentang artikel ini?",
    "Bagaimana reaksi Anda tentang video ini?",
    # A copy of an English edition's call to follow it.
    "Click here to get the latest news updates from BlogKu",
])
def test_an_outlets_promotion_or_widget_leaves_the_body(line):
    assert _paragraphs([LAST, line]) == [*OPENING, LAST]
    assert _paragraphs([line, LAST]) == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    "Bagaimana reaksi Anda saat pertama kali mendengar kabar itu?",
    "Untuk mengetahui kebenaran informasi itu, polisi memeriksa lima saksi.",
    "Warga diminta scroll untuk melanjutkan pendaftaran di aplikasi.",
    "Ruang kelas diperbesar agar muat 40 siswa.",
])
def test_a_sentence_with_a_promotions_words_stays(line):
    assert _paragraphs([line, LAST]) == [*OPENING, line, LAST]


@pytest.mark.parametrize(("line", "kept"), [
    # Liputan6: the photographer after the outlet's address, no brackets.
    ("Menkominfo Johnny G. Plate. Liputan6.com/Andina Librianty", False),
    ("Petugas memadamkan api di Pasar Senen. Liputan6.com/Herman Zakharia", False),
    ("Data lengkap dapat dilihat di Liputan6.com/Cek Fakta setiap hari", True),
])
def test_a_caption_closed_by_an_outlets_address_and_photographer_leaves_the_body(line, kept):
    assert _paragraphs([line, LAST]) == [*OPENING, *([line] if kept else []), LAST]


@pytest.mark.parametrize("lines", [
    # Detik: the player's title under its heading's word and again as the player's, then the code and the tags.
    ["Video Terapi Selangkangan Bikin Lamine Yamal Dicoret Timnas Spanyol",
     "Video Terapi Selangkangan Bikin Lamine Yamal Dicoret Timnas Spanyol", "(rin/ran)", "lamine yamal barcelona"],
    ["Video: Marco Bezzecchi Juara di MotoGP Portugal 2025", "Video: Marco Bezzecchi Juara di MotoGP Portugal 2025",
     "(raw/pur)"],
    ["Video: Detik-detik Marquez Jatuh di Misano, Penonton Sorak Sorai"],
])
def test_a_video_players_box_leaves_the_body(lines):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST]


@pytest.mark.parametrize("lines", [
    # A subheading opening with the word, printed once; a sentence after the label.
    ["Video Amatir Beredar di Media Sosial", "Rekaman itu memperlihatkan detik-detik kejadian di lokasi."],
    ["Video: rekaman itu diambil warga dari lantai dua rumahnya, kata polisi."],
])
def test_a_subheading_or_a_sentence_opening_with_video_stays(lines):
    assert _paragraphs([LAST, *lines]) == [*OPENING, LAST, *lines]

"""The links to the story before and after this one under the text, each over its headline cut short (Indonesia
Satu's `Artikel Sebelumnya` over `Kejari Bitung Musnahkan Barang Bukti Sejumlah...`, `Artikel Berikutnya` over
`Komisioner KPU RI, Betty Idroos Monotoring...`): neither line is text. The words over a full paragraph stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kapolres Bitung AKBP Albert Zai Kopi bareng Media dalam kegiatan Kemitraan Polres Bitung bersama Media Biro "
        "Bitung, Selasa (23/07/2024).",
        "\" Harapan kami teman-teman media bisa menjadi penyeimbang memberikan edukasi informasi yang menyejukan "
        "menjelang Pilkada di Kota Bitung, \"imbuhnya."]
PAGER = ["Artikel Sebelumnya", "Kejari Bitung Musnahkan Barang Bukti Sejumlah...", "Artikel Berikutnya",
         "Komisioner KPU RI, Betty Idroos Monotoring..."]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_story_pager_leaves_the_text():
    assert _paragraphs([*TEXT, *PAGER]) == TEXT
    assert _paragraphs([*TEXT, *PAGER, "Berita terkait", "Rekomendasi"]) == TEXT


def test_the_words_over_a_paragraph_stay():
    lines = [TEXT[0], "Berita Selanjutnya", TEXT[1]]
    assert _paragraphs(lines) == lines

"""A label left among the page's furniture under the text, a word or two in capitals with no sentence's mark (Tribun's
`Tribun JualBeli` between `BERITA TERKINI` and its copyright line; a blog platform's AMP page: `Kirim` under `BERI
KOMENTAR`, `Konten Terkait` over `Video Pilihan`): a link's or a button's words, not text. A short line the text runs
straight into, with no furniture over it, stays, and so does a subheading with paragraphs under it."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Serambi seakan pulang sedang berada di tanah Aceh, ketika memasuki lobi hotel, saat diergap oleh pembicaran "
        "dalam bahasa Aceh.",
        "Tampak beberapa orang lelaki sedang bersiap siap meninggalkan hotel. Dari raut wajah sudah tergambar jelas "
        "mereka adalah figur-figur Aceh."]


def paragraphs(blocks: list[str]) -> list[str]:
    return clean_body([Block(text) for text in blocks]).paragraphs


def test_the_label_among_the_footer_goes():
    footer = ["Halaman", "1234", "Ikuti kami di", "KOMENTAR", "BERITA TERKINI", "Tribun JualBeli",
              "© 2022 TRIBUNnews.com Network,a subsidiary of KG Media.", "All Right Reserved"]
    assert paragraphs(TEXT + footer) == TEXT


def test_the_comment_box_buttons_go():
    box = ["Bagaimana reaksi Anda tentang artikel ini?", "BERI KOMENTAR", "Kirim", "Konten Terkait", "Video Pilihan",
           "Terpopuler", "Nilai Tertinggi", "Feature Article", "Terbaru", "Headline"]
    assert paragraphs(TEXT + box) == TEXT


def test_a_line_the_text_runs_into_stays():
    assert paragraphs(TEXT + ["Sang Juara", "© 2022 TRIBUNnews.com Network,a subsidiary of KG Media."])[-1] == "Sang Juara"


def test_a_subheading_over_paragraphs_stays():
    blocks = [TEXT[0], "BERITA TERKINI", "Pengantar Redaksi", TEXT[1], "All Right Reserved"]
    assert "Pengantar Redaksi" in paragraphs(blocks)

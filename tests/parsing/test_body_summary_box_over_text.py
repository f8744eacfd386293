"""A summary box over the text, its heading then its points one a line (Tempo's `Ringkasan Berita` over `Seratus hari
kabinet Prabowo-Gibran diwarnai ucapan dan perilaku tak terpuji pejabat negara.`, `Tempo terkenal serius, ...`,
`Koreksi judul Surat Pembaca`), restates the article: the points before the first longer paragraph go. With no longer
paragraph under them the box's end is not told and the lines stay; the word further down is a subheading and stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

POINTS = ["Seratus hari kabinet Prabowo-Gibran diwarnai ucapan dan perilaku tak terpuji pejabat negara.",
          "Tempo terkenal serius, tapi ada komentar redaksi yang dibubuhi onomatope tertawa.",
          "Koreksi judul Surat Pembaca"]
TEXT = ["PADA 100 hari pertama Kabinet Merah Putih, ada gangguan riak-riak perilaku dan ucapan tidak populer beberapa "
        "orang yang seharusnya menjadi panutan. Apa yang mereka pertontonkan mengusik hati nurani rakyat, yang sebagian "
        "besar sedang berjuang menghadapi beratnya ekonomi, dan mengundang antipati.",
        "Dimulai dengan Natalius Pigai, Menteri Hak Asasi Manusia, yang meminta kenaikan anggaran sampai Rp 20 triliun. "
        "Ada juga Miftah Maulana, utusan khusus presiden, yang menghina seorang penjual es teh."]


def _clean(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_summary_box_goes():
    assert _clean(["Baca berita dengan sedikit iklan, klik di sini", "Ringkasan Berita", *POINTS, *TEXT]) == TEXT


def test_short_lines_with_no_paragraph_under_them_stay():
    short = ["Warga diminta waspada.", "Hujan lebat turun sejak pagi."]
    assert _clean(["Ringkasan", *short]) == short


def test_the_word_under_the_text_stays():
    assert _clean([TEXT[0], "Ringkasan", TEXT[1]]) == [TEXT[0], "Ringkasan", TEXT[1]]

"""The credits under the text may be a table of one-cell rows, the reporter's row just over the editor's, each label in
bold before its name (Republika 2015: `<tr><td><strong>Reporter :</strong> Issha Harruma</td></tr>` over
`<tr><td><strong>Redaktur :</strong> Bilal Ramadhan</td></tr>`): the editor's cell stands alone in its row, so the row
before it is the reporter's line, and names the writer. A row naming no reporter names no writer, nor does the row over
a cell sharing its row with another; a reporter's paragraph over an editor's with a bold label names the writer too."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = ("http://nasional.republika.co.id/berita/nasional/hukum/15/11/05/nxc181330-sejak-jadi-tersangka-ketua-dprd-"
       "sumut-tak-masuk-kerja")
TITLE = "Sejak Jadi Tersangka, Ketua DPRD Sumut tak Masuk Kerja"
TEXT = ("<p>REPUBLIKA.CO.ID, MEDAN -- Dua hari pasca ditetapkan sebagai tersangka oleh Komisi Pemberantasan Korupsi "
        "(KPK) pada Selasa (3/11), Ketua DPRD Sumut Ajib Shah belum juga tampak di gedung DPRD Sumatera Utara hari "
        "ini, Kamis (5/11).</p><p>Saat <em>Republika</em> menyambangi ruang kerjanya di lantai dua gedung DPRD Sumut, "
        "ruang kerja Ajib tampak sepi. \"Belum pulang dari Jakarta. Belum tahu kapan pulangnya,\" kata staf Ajib, Vivi "
        "saat ditemui <em>Republika</em>.</p><p class='MsoNormal'>Selain itu Wakil Ketua DPRD periode 2009-2014 "
        "Kamaludin Harahap dan Wakil Ketua DPRD 2009-2014 Sigit Pramono Asri, juga ditetapkan menjadi tersangka.</p>")
REPORTER_ROW = "<tr><td><strong>Reporter :</strong> Issha Harruma</td></tr>"
EDITOR_ROW = "<tr><td><strong>Redaktur :</strong>  Bilal Ramadhan</td></tr>"


def _page(credits: str) -> str:
    # The page as published, less its scripts, menus and comment form.
    return (f"<html><head><title>{TITLE} | Republika Online</title></head><body><div class='content-detail-center'>"
            f"<h1 class='jdl-detail'>{TITLE}</h1><div class='rangka'><div class='date'>Kamis, 05 November 2015, "
            "15:07 WIB</br><a href='#comments-list'><div class='kom'>Komentar : 0</div></a></div></div>"
            "<div class='def-foto'>Republika/Raisan Al Farisi</div><div class='rangka'><div class='caption-foto'>"
            "Tersangka kasus dugaan suap bantuan perkara bansos Kejati Sumatera Utara, Gatot Pujo Nugroho (kiri) "
            "bersama istri, Evi Susanti (kanan)</div></div>"
            f"<div class='txt-detailberita'>{TEXT}</div><div class='rangka'><div class='sosmed-detail'>"
            "<div class='tags'><span><a href='#'>TAGS</a></span><span><a href='/indeks/hot_topic/kasus_suap_ptun'>"
            f"#kasus suap ptun</a></span></div></div><div class='red'>{credits}</div></div>"
            "<div class='kop-terkait'>Berita Terkait:</div></div></body></html>")


def _table(*rows: str) -> str:
    return f"<table border='0' width='250'>{''.join(rows)}<tr></tr><tr></tr></table>"


def test_the_reporter_s_row_over_the_editor_s_names_the_writer():
    item = parse_article(_page(_table(REPORTER_ROW, EDITOR_ROW)), URL)
    assert (item["author"], item["editor"]) == ("Issha Harruma", "Bilal Ramadhan")


@pytest.mark.parametrize("above", ["<tr><td><strong>Sumber :</strong> Antara</td></tr>",
                                   "<tr><td><strong>Komentar :</strong> 0</td></tr>",
                                   "<tr><td>Bagikan artikel ini</td></tr>", ""])
def test_a_row_naming_no_reporter_names_no_writer(above):
    item = parse_article(_page(_table(above, EDITOR_ROW)), URL)
    assert (item["author"], item["editor"]) == (None, "Bilal Ramadhan")


def test_an_editor_s_cell_beside_another_does_not_reach_the_row_above():
    # The cell shares its row: the row is no line of the editor's alone, and the row above is no line before it.
    shared = "<tr><td><strong>Redaktur :</strong> Bilal Ramadhan</td><td>Foto: Raisan Al Farisi</td></tr>"
    item = parse_article(_page(_table(REPORTER_ROW, shared)), URL)
    assert (item["author"], item["editor"]) == (None, "Bilal Ramadhan")


def test_a_reporter_s_paragraph_over_an_editor_s_bold_label_names_the_writer():
    credits = "<p>Reporter : Issha Harruma</p><p><strong>Redaktur :</strong> Bilal Ramadhan</p>"
    item = parse_article(_page(credits), URL)
    assert (item["author"], item["editor"]) == ("Issha Harruma", "Bilal Ramadhan")

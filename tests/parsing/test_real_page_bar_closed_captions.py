"""Captions a bar closes with no credit's label: the credit's slot left empty (a regional portal on Blogger, 2018:
`Kartu Pers yang digunakan untuk mendukung aksi dari para wartawan gadungan |`, and the opening photo's `... Polsek
Karanganyar, Rabu 4 April 2018 |`), or the portal's word for "supplied" in capitals after it (a blog's copy of Akurat,
2019: `Panser Pindad Steyr Pandur II 8x8 | ISTIMEWA`). They leave the body and the lead under them opens it. A
sentence with its stop before a bar, a quotation, or a menu of bars is no caption."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_caption

OPENING = ("Para wartawan gadungan yang berhasil diamankan dimintai keterangan di Ruang Unit Reskrim Polsek "
           "Karanganyar, Rabu 4 April 2018 |")
LEAD = ("Para pelaku yang diamankan, yakni Kasmin (43) warga Tambak, Banyumas, wartawan Suara Indonesia. Sedangkan, "
        "satu orang lagi merupakan istri dari salah satu pelaku.")
MIDDLE = "Kartu Pers yang digunakan untuk mendukung aksi dari para wartawan gadungan |"
LAST = ("Kapolsek Karanganyar AKP Mawakhir, mengatakan penangkapan berawal adanya laporan dari masyarakat. \"Kita masih "
        "meminta keterangan dari kelimanya,\" kata AKP Mawakhir.")


@pytest.mark.parametrize("line", [
    OPENING, MIDDLE,
    "Panser Pindad Steyr Pandur II 8x8 | ISTIMEWA",
    "Panser Pindad Steyr Pandur II 8x8 | Istimewa",  # read already
])
def test_a_caption_a_bar_closes_is_a_caption(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Polisi menahan dua orang tersangka di lokasi. |",  # a sentence's stop before the bar
    "\"Kami siap menghadapi pemilu,\" katanya |",  # a quotation
    "Berita | Nasional |",  # a menu's bars
    "Beranda |",  # too short
])
def test_other_lines_ending_with_a_bar_are_no_caption(line):
    assert not is_caption(line)


def test_the_blog_page_s_captions_leave_the_body():
    body = "".join(f"<p>{line}</p>" for line in (OPENING, LEAD, MIDDLE, LAST))
    html = ("<html><head><title>Tak Sampai 24 Jam, Polsek Karanganyar Berhasil Amankan Wartawan Gadungan</title></head>"
            "<body><div class='post hentry'><h3 class='post-title entry-title'>Tak Sampai 24 Jam, Polsek Karanganyar "
            f"Berhasil Amankan Wartawan Gadungan</h3><div class='post-body entry-content'>{body}</div></div></body></html>")
    item = parse_article(html.encode(), "https://www.inikebumen.net/2018/04/tak-sampai-24-jam-polsek-karanganyar.html")
    assert item["body"].startswith("Para pelaku yang diamankan, yakni Kasmin")
    assert item["body"].endswith("kata AKP Mawakhir.")
    assert "Kartu Pers" not in item["body"] and "Ruang Unit Reskrim" not in item["body"]

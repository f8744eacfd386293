"""The credits under the text may be two paragraphs of their own, the reporter's line just before the editor's, both
outside the text's container (ANTARA's regional AMP pages of 2018: `<p>Pewarta : Sarjono</p><p>Editor : Hernawan
Wahyudono</p>` over the copyright line): the editor's line is found, and the reporter's just before it names the
writer. A line before it that names no reporter, or another editor, names no writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://sultra.antaranews.com/amp/berita/291857/hpn-2018-padang-dihadiri-23-menteri"
TITLE = "HPN 2018 Padang dihadiri 23 menteri"
TEXT = ("<p>Padang (Antaranews Sultra) - Puncak peringatan Hari Pers Nasional (HPN) 2018 yang dipusatkan di Kota Padang, "
        "Provinsi Sumatera Barat dihadiri 23 menteri kabinet Indonesia kerja.</p><p>Ketua Persatuan Wartawan Indonesia "
        "(PWI) Pusat Margiono di Padang, Jumat, mengatakan pemerintah daerah, masyarakat serta masyarakat pers Sumatera "
        "Barat memiliki komitmen kuat menjaga eksistensi profesi kewartawanan.</p>")


def _page(before_editor: str) -> str:
    return (f"<html amp><head><title>{TITLE}</title></head><body><article class='amp-article'>"
            f"<h1 class='read__title'>{TITLE}</h1><div class='read__date'>Jumat, 9 Februari 2018 14:12 WIB</div>"
            f"<div class='read__content'>{TEXT}</div>{before_editor}<p>Editor : Hernawan Wahyudono</p>"
            f"<p>Copyright © ANTARA 2024</p></article></body></html>")


def test_the_reporter_s_line_before_the_editor_s_names_the_writer():
    item = parse_article(_page("<p>Pewarta : Sarjono</p>"), URL)
    assert (item["author"], item["editor"]) == ("Sarjono", "Hernawan Wahyudono")


@pytest.mark.parametrize("before", ["<p>Bagikan artikel ini</p>", "<p>Redaktur : Budi Santoso</p>", ""])
def test_a_line_naming_no_reporter_names_no_writer(before):
    assert parse_article(_page(before), URL)["author"] is None

"""A heading over the story's topic links under the text, a call to read more stories pointing below it (Bisnis's AMP
pages 2018: `Simak berita lainnya seputar topik di bawah ini:` between the last paragraph and the editor's line): it
is furniture, not the story's last line; a sentence that points nowhere below stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://m.bisnis.com/amp/read/20181209/398/867684/hasil-persija-vs-mitra-kukar-persija-unggul-1-0-persija-juara"
LEAD = ("Bisnis.com, JAKARTA - Stadion Utama Gelora Bung Karno (GBK) Senayan Jakarta, dipenuhi oleh suporter fanatik "
        "Persija Jakarta, Jakmania, dalam laga menentukan Juara Liga 1 Indonesia tahun kompetisi 2018.")
LAST = ("\"Kami yakin, Persija akan menang dan menjadi juara liga,\" kata Salman Farizi, Jakmania dari Jakarta "
        "Timur.")


def page(after: str) -> bytes:
    return ("<!doctype html><html amp lang='id'><head><meta charset='utf-8'><title>Hasil Persija Vs Mitra Kukar: "
            "Persija Unggul 1-0, Persija Juara?</title></head><body><main><article>"
            "<h1>Hasil Persija Vs Mitra Kukar: Persija Unggul 1-0, Persija Juara?</h1>"
            "<div class='date'>Bisnis.com,09 Des 2018, 16:13 WIB</div><div class='info'>Penulis: Yusran Yunus</div>"
            f"<div class='content'><p>{LEAD}</p><p>{LAST}</p></div>"
            "<p>Cek Berita dan Artikel yang lain di Google News dan WA Channel</p>"
            f"<p>{after}</p><p>Editor: Andhika Anggoro Wening</p></article></main></body></html>").encode()


@pytest.mark.parametrize("heading", [
    "Simak berita lainnya seputar topik di bawah ini:",
    "Baca artikel terkait di bawah ini:",
])
def test_the_topic_list_heading_is_left_out(heading):
    item = parse_article(page(heading), URL)
    assert item["body"].endswith(LAST)
    assert heading not in item["body"]
    assert item["author"] == "Yusran Yunus"
    assert item["editor"] == "Andhika Anggoro Wening"


@pytest.mark.parametrize("sentence", [
    "Baca berita lainnya tentang banjir kemarin, kata dia.",
    "Simak berita lainnya seputar topik di bawah ini, kata dia, sebab banyak yang belum tahu.",
])
def test_a_sentence_pointing_nowhere_below_stays(sentence):
    from crawler.parsing.furniture import _PROMO
    assert not _PROMO.match(sentence)

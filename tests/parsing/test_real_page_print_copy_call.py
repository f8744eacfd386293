"""A Malay paper's call to buy its print copy for the rest of the story, under the text (Harian Metro 2015: `Dapatkan
akhbar Harian Metro untuk berita selanjutnya.` over `Artikel ini disiarkan pada : Rabu, 22 Julai 2015 @ 6:48 AM`): no
text. A sentence about getting a paper stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://api.hmetro.com.my/mutakhir/2015/07/65408/ghaib-lepas-kecoh"
LEAD = ("Kuala Lumpur: Remaja perempuan berusia 15 tahun yang dikatakan punca pergaduhan dua kumpulan lelaki di sebuah "
        "pusat beli-belah di Wangsa Maju petang kelmarin, menghilangkan diri dan gagal dikesan hingga kini.")
LAST = ("“Semua lelaki yang ditahan pagi tadi (semalam) berusia antara 15 hingga 20 tahun. Mereka ditahan reman empat "
        "hari hingga Jumaat ini bagi membantu siasatan mengikut Seksyen 148 Kanun Keseksaan.")


def page(*tail: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in (LEAD, LAST, *tail))
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='utf-8'><title>Ghaib lepas kecoh</title></head><body>"
            "<article><h1 class='detail__title'>Ghaib lepas kecoh</h1>"
            f"<div class='detail__body-text'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("call", [
    "Dapatkan akhbar Harian Metro untuk berita selanjutnya.",
    "Dapatkan naskhah Berita Harian esok untuk laporan penuh",
])
def test_the_call_to_buy_the_print_copy_is_no_text(call):
    body = parse_article(page(call, "Artikel ini disiarkan pada : Rabu, 22 Julai 2015 @ 6:48 AM"), URL)["body"]
    assert body.endswith("Seksyen 148 Kanun Keseksaan.")


def test_a_sentence_about_getting_a_paper_stays():
    line = ("Dapatkan akhbar lama di perpustakaan negeri untuk berita selanjutnya tentang sejarah kampung itu, kata "
            "pegawai berkenaan kepada pemberita di sini semalam.")
    assert parse_article(page(line), URL)["body"].endswith(line)

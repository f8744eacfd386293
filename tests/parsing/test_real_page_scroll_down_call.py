"""A sports portal's call to scroll down for the rest of the article, its readers called by the site's name for them,
between the paragraphs (Bola.net 2018: `Silakan scroll ke bawah ya Bolaneters untuk mendapatkan artikel
selengkapnya.` over the subheading `Kandidat Pelatih Persib`): no text. A sentence about scrolling stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.bola.net/indonesia/persib-berencana-umumkan-pelatih-baru-akhir-tahun-ini-3f7f1e.html"
LEAD = ("Bola.net - - Persib Bandung masih mencari pelatih baru untuk mengarungi kompetisi Liga 1 2019. Manajemen tim "
        "berjuluk Maung Bandung itu berharap pada akhir Desember ini, arsitek anyar telah diperkenalkan.")
MIDDLE = ("Direktur PT Persib Bandung Bermartabat, Teddy Tjahjono mengatakan, saat ini ada beberapa pelatih yang mencoba "
          "melamar. Namun, Persib masih mempertimbangkan.")
LAST = ("Persib pun finis di posisi keempat dengan raihan 52 poin. Tim kesayangan Bobotoh itu terpaut 10 angka dari sang "
        "juara, Persija Jakarta.")


def page(line: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in (LEAD, MIDDLE, line, "Kandidat Pelatih Persib", LAST))
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Persib Berencana Umumkan Pelatih Baru "
            "Akhir Tahun Ini</title></head><body><article><h1 class='entry-title'>Persib Berencana Umumkan Pelatih Baru "
            f"Akhir Tahun Ini</h1><div class='entry-content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("call", [
    "Silakan scroll ke bawah ya Bolaneters untuk mendapatkan artikel selengkapnya.",
    "Silakan scroll ke bawah ya Bolaneters untuk mendapatkan artikel selengkapnya",
    "Scroll ke bawah untuk membaca berita selengkapnya.",
])
def test_the_call_to_scroll_down_is_no_text(call):
    body = parse_article(page(call), URL)["body"]
    assert "scroll" not in body.lower()
    assert body.startswith("Persib Bandung masih mencari") and body.endswith("dari sang juara, Persija Jakarta.")


def test_a_sentence_about_scrolling_stays():
    line = ("Pengguna diminta scroll ke bawah untuk membaca syarat dan ketentuan sebelum mendaftar, kata pengelola "
            "aplikasi itu kepada wartawan.")
    assert line in parse_article(page(line), URL)["body"]

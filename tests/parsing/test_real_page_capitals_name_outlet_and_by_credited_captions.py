"""Captions between a sports portal's paragraphs that its photographer's credit closes: the photographer's full name in
capitals before the outlet's, spaced inside the brackets (BolaSport's `... Rabu (9/5/2018). ( MOCHAMAD HARY
PRASETYA/BOLASPORT.COM )`), or the word for a photo and "by" before the name and, after a slash, the wire (Rappler's
Indonesian pages: `... Minggu (24/1). Foto oleh Akbar Nugroho Guma/ANTARA`). A desk's code of one word, a writer's
credit with the outlet first, a sentence with "oleh" in it and a stock library's credit in words are no such caption."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPITALS_CREDITED = [
    "General Manajer APPI, Ponaryo Astaman, bersama dengan pemain Persija Jakarta, Riko Simanjuntak, di Restoran Sere "
    "Manis, Menteng, Jakarta Pusat, Rabu (9/5/2018). ( MOCHAMAD HARY PRASETYA/BOLASPORT.COM )",
    "Skuat timnas Indonesia pada laga uji coba melawan timnas Mauritius di Stadion Wibawa Mukti, Kabupaten Bekasi, "
    "Selasa (11/9/2018). ( HERKA YANIS PANGARIBOWO/TABLOID BOLA )",
]
BY_CREDITED = [
    "Pesepakbola Semen Padang James Koko Lomel (kiri) berebut bola dengan pesepakbola Mitra Kukar Arthur CH saat laga "
    "Final Piala Jenderal Sudirman di Stadion Utama Gelora Bung Karno, Jakarta, Minggu (24/1). Foto oleh Akbar Nugroho "
    "Guma/ANTARA",
]
PARAGRAPHS = [
    "Menariknya, tak ada tiga nama pemain yang memiliki prestasi mentereng di kompetisi Liga 1 2018.",
    "Seperti diketahui, Riko merupakan salah satu winger lincah yang menjadi andalan di Persija Jakarta.",
]


def test_a_name_in_capitals_before_the_outlet_closes_a_caption():
    for caption in CAPITALS_CREDITED:
        assert is_caption(caption)


def test_a_photo_by_credit_before_the_wire_closes_a_caption():
    for caption in BY_CREDITED:
        assert is_caption(caption)


def test_the_captions_leave_the_text():
    result = clean_body([Block(PARAGRAPHS[0]), Block(CAPITALS_CREDITED[0]), Block(PARAGRAPHS[1]), Block(BY_CREDITED[0])])
    assert result.paragraphs == PARAGRAPHS


def test_codes_writers_credits_and_sentences_stay():
    for line in ("Ia mengatakan hal itu di Jakarta, Senin. (ANT/BOB)",
                 "Ia mengatakan hal itu di Jakarta, Senin. (Tribunnews.com/Reza Deni)",
                 "Ia mengatakan hal itu di Jakarta, Senin. (ant/Budi Santoso)",
                 "Buku itu ditulis oleh Budi dan diterbitkan oleh Gramedia/Kompas.",
                 "Sunset over the bay at Kuta on Sunday. Photo by John Smith on Unsplash",
                 "Laporan itu disusun bersama tim. (Foto oleh tim)"):
        assert not is_caption(line)


def test_a_sports_page_reads_without_its_mid_body_caption():
    html = f"""<html><head><title>Tiga Pemain Berprestasi Tak Dipanggil Tim Garuda</title></head><body><article>
<h1>Tiga Pemain Berprestasi Tak Dipanggil Tim Garuda</h1><div class="read__content">
<p>Secara mengejutkan tim nasional (timnas) Indonesia yang akan melakoni laga FIFA matchday tak memanggil tiga pemain
berprestasi di Liga 1 2018.</p><p>{PARAGRAPHS[0]}</p><p>1. Riko Simanjuntak</p><p>{CAPITALS_CREDITED[0]}</p>
<p>{PARAGRAPHS[1]}</p></div></article></body></html>"""
    body = parse_article(html, "https://bolasport.com/amp/read/311316496/berita-timnas-indonesia")["body"]
    assert "MOCHAMAD HARY PRASETYA" not in body and "Restoran Sere Manis" not in body
    assert body.endswith(PARAGRAPHS[1])

"""The page's description printed under the text, its own lead cut at a comma (JPNN 2016: `BOGOR - Dua tim unggulan
... di Stadion Pakansari,` over `Redaktur & Reporter : Tim Redaksi`): no paragraph opens with a dateline and stops at a
comma, so the copy goes as the one cut at a word does; a paragraph ending in a comma with no dateline stays."""

from __future__ import annotations

from crawler.parsing import parse_article

URL = "https://jpnn.com/news/cek-jadwal-pertandingan-sepak-bola-pon-2016-hari-ini"
LEAD = ("Dua tim unggulan di cabor sepak bola PON XIX/2016, DKI Jakarta dan Jawa Tengah bakal duel dalam lanjutan "
        "kualifikasi Grup A, di Stadion Pakansari, Bogor, Jumat (16/9) petang ini.")
MORE = ("Laga ini diprediksi berlangsung sengit. Jateng mau tidak mau harus menang, kalau ingin mempertahankan peluang "
        "lolos dari grup. Demikian pula DKI Jakarta, harus menang untuk bisa menempel Jawa Barat.")
LAST = ("Di Grup C, Bangka Belitung akan berjumpa Papua dalam laga di Stadion Wibawa Mukti, Cikarang. Laga penutup "
        "malam hari akan mempertemukan tim Gorontalo kontra Kalimantan Timur.")


def page(description: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Cek! Jadwal Pertandingan Sepak Bola "
            "PON 2016 Hari Ini</title><meta property='article:published_time' content='2016-09-16T14:00:00+07:00'>"
            "</head><body><article><h1>Cek! Jadwal Pertandingan Sepak Bola PON 2016 Hari Ini</h1>"
            f"<div class='entry-content'><p>jpnn.com - BOGOR - {LEAD}</p><p>{MORE}</p><p>{LAST}</p>"
            f"<p>{description}</p><p>Redaktur &amp; Reporter : Tim Redaksi</p></div></article></body></html>").encode()


def test_the_description_cut_at_a_comma_is_no_paragraph():
    body = parse_article(page("BOGOR - " + LEAD[:LEAD.index(" Bogor,")]), URL)["body"]
    assert body.endswith("kontra Kalimantan Timur.")
    assert body.count("Dua tim unggulan") == 1


def test_a_paragraph_with_no_dateline_ending_in_a_comma_stays():
    line = ("Pertandingan itu akan disiarkan langsung oleh televisi nasional, sementara tiket masih dijual di "
            "loket stadion,")
    assert parse_article(page(line), URL)["body"].endswith(line)

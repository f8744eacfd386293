"""An outlet's domain in capitals, a dash, the place in capitals and a comma left before its own dash (Rakyat Maluku
2022: `RAKYATMALUKU.FAJAR.CO.ID — AMBON, — Kapolresta Pulau Ambon ...`): the place is Ambon, the domain the outlet, not
the domain's first label glued to the rest. The same line without the comma reads the same; a weekday there names no
place."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from dateline_readings import place_and_agency  # beside this file

LEAD = ("RAKYATMALUKU.FAJAR.CO.ID — AMBON, — Kapolresta Pulau Ambon dan Pp Lease Kombes Pol Raja Arthur Lumongga "
        "Simamora, memastikan bahwa wartawan tak dilarang meliput di lokasi kebakaran Lorong, Tahu, Kelurahan Rijali, "
        "Kecamatan Sirimau, Kota Ambon.")


@pytest.mark.parametrize("text, expected", [
    (LEAD, ("AMBON", "RAKYATMALUKU.FAJAR.CO.ID")),
    (LEAD.replace("AMBON, —", "AMBON —"), ("AMBON", "RAKYATMALUKU.FAJAR.CO.ID")),
    ("KONTAN.CO.ID - JAKARTA, - Harga emas Antam hari ini naik Rp 5.000 per gram.", ("JAKARTA", "KONTAN.CO.ID")),
])
def test_place_before_comma_and_dash_after_outlet(text, expected):
    assert place_and_agency(text) == expected


def test_a_weekday_there_is_no_place():
    assert place_and_agency("BERITA.COM — SELASA, — Kapolres Ambon memastikan wartawan tak dilarang meliput.")[0] is None


def test_the_page_s_body_starts_after_the_dateline():
    html = ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kapolresta Ambon: Wartawan Tak Dilarang "
            "Meliput</title><meta property='article:published_time' content='2022-12-14T19:25:00+09:00'></head><body>"
            "<article><h1 class='entry-title'>Kapolresta Ambon: Wartawan Tak Dilarang Meliput</h1><div "
            f"class='entry-content'><p>{LEAD}</p><p>Pernyataan Kapolresta ini sekaligus mengklarifikasi pemberitaan di "
            "sejumlah media soal larangan jurnalis meliput di lokasi kebakaran.</p></div></article></body></html>")
    item = parse_article(html.encode(), "https://rakyatmaluku.fajar.co.id/2022/12/14/kapolresta-ambon-wartawan-tak-"
                                        "dilarang-meliput")
    assert item["dateline"]["place"] == "AMBON"
    assert item["body"].startswith("Kapolresta Pulau Ambon dan Pp Lease")

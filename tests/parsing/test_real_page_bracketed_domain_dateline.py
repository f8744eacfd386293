"""A blog's copy opening with its own domain in square brackets before the dash (a copy of an RMOL Jatim story, 2018:
`[lndonesia.org] - Direktur sekaligus Pemimpin Redaksi ...`), as others write it in parentheses (`(lndonesia.org) -`):
the outlet's dateline, no place, the lead after the dash. A word in square brackets that is no domain nor a known
agency stays no dateline, and a domain in brackets inside a sentence is the sentence's."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from dateline_readings import place_and_agency  # beside this file

LEAD = ("Direktur sekaligus Pemimpin Redaksi Jawa Pos Media Televisi (JTV) Imam Syafi’i membenarkan telah menerima surat "
        "dari Kabag Humas Pemkot Surabaya, M. Fikser yang meminta pergantian personel wartawan Dewi Imroatin.")


@pytest.mark.parametrize("opening, reading", [
    ("[lndonesia.org] - ", (None, "lndonesia.org")),
    ("[lndonesia.org] – ", (None, "lndonesia.org")),
    ("[MINA] - ", (None, "MINA")),
    ("(lndonesia.org) - ", (None, "lndonesia.org")),  # as before
])
def test_the_bracketed_domain_is_the_outlet_s_dateline(opening, reading):
    assert place_and_agency(f"{opening}{LEAD}") == reading


@pytest.mark.parametrize("text", [f"[Kabar6] - {LEAD}", f"Lihat [tautan.com] - {LEAD}"])
def test_near_misses_stay_no_dateline(text):
    assert place_and_agency(text) is None


def test_the_copy_s_text_opens_after_the_bracketed_domain():
    url = "http://www.lndonesia.org/2018/10/pemred-jtv-ogah-tanggapi-surat-ganti.html"
    more = ("Menurut Imam, surat permintaan mengganti personel wartawan yang pos di lingkungan Pemkot tidak akan "
            "ditanggapi perusahaan. Pasalnya, pihak Pemkot tidak memiliki dasar yang jelas.")
    html = ("<html><head><title>Pemred JTV Ogah Tanggapi Surat Ganti Wartawan Dari Anak Buah Risma</title></head><body>"
            "<div class='post hentry'><h1 class='post-title entry-title'>Pemred JTV Ogah Tanggapi Surat Ganti Wartawan "
            f"Dari Anak Buah Risma</h1><div class='post-body entry-content'>[lndonesia.org] - {LEAD}<br /><br />{more}"
            "</div></div></body></html>")
    item = parse_article(html, url)
    assert item["body"].startswith("Direktur sekaligus Pemimpin Redaksi")
    assert item["dateline"]["agency"] == "lndonesia.org" and item["dateline"]["place"] is None

"""A reporter's and an editor's codes in square brackets closing the text, the closing bracket lost at its very end
(RMOL Jatim 2018: `... Apa kata dunia?" ungkapnya.[arf/aji`): the writers' codes, no part of the text, as the closed
pair is (`[sar/but]`). A slashed pair in an open bracket before more words, or not after a sentence's end, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import split_signature

URL = "https://rmoljatim.id/wartawan-jtv-dilarang-meliput-risma"
LEAD = ("Ada hal tidak mengenakkan diterima wartawan JTV bernama Dewi Imroatin saat hendak melakukan peliputan kedatangan "
        "tim kirab nusantara GP Ansor Jawa Timur di rumah dinas Wali Kota Surabaya Tri Rismaharini (Risma), Senin "
        "kemarin (9/10).")
LAST = ("\"Buat apa jutaan penghargaan yang dilekatkan di Risma, kalau masih punya mental alergi sama wartawan. Apa kata "
        "dunia?\" ungkapnya.")


@pytest.mark.parametrize("code", ["[arf/aji", "[arf/aji]", " [sar/but]"])
def test_the_codes_close_the_text(code):
    assert split_signature(LAST + code) == (LAST, {"raw": code.strip(), "codes": code.strip(" []").split("/")})


@pytest.mark.parametrize("text", [
    "Ia menyebut kata ganti [him/her dalam kutipan itu.",  # more words after the open bracket
    "Ia menulis kata ganti [him/her",  # after no sentence's end
])
def test_near_misses_stay(text):
    assert split_signature(text) == (text, None)


def test_the_page_s_text_ends_with_the_sentence():
    html = ("<html><head><title>Wartawan JTV Dilarang Meliput Risma - RMOL Jatim</title></head><body><article>"
            f"<h1 class='post-title'>Wartawan JTV Dilarang Meliput Risma</h1><div class='post-content'><p>{LEAD}</p>"
            "<p>Mendapat teguran seperti itu, Dewi lantas balik bertanya bahwa keinginan Risma bisa disampaikan ke "
            f"kantor redaksi JTV.</p><p>{LAST}[arf/aji</p><p>ikuti terus update berita rmoljatim di google news</p>"
            "</div></article></body></html>")
    body = parse_article(html, URL)["body"]
    assert body.endswith("Apa kata dunia?\" ungkapnya.") and "[arf" not in body

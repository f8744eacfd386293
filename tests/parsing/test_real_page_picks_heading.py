"""`Pilihan:` ("picks") alone on its line under the text, over the picked headlines as links and the writer's code
(SINDOnews 2015): a box's heading, left out with the links under it; words after the colon make a sentence of it."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://nasional.sindonews.com/berita/1034682/13/jk-bantah-megawati-ingin-bubarkan-kpk"
TITLE = "JK Bantah Megawati Ingin Bubarkan KPK"
LEAD = ("JAKARTA - Wakil Presiden (Wapres) Jusuf Kalla (JK) membantah bahwa Ketua Umum Partai Demokrasi Indonesia "
        "Perjuangan (PDIP) Megawati Soekarnoputri ingin membubarkan Komisi Pemberantasan Korupsi (KPK).")
LAST = ("\"Kita kan (indeks) korupsi sekarang sudah menurun, tapi tentu belum (benar-benar habis), masih ada. Ibu Mega "
        "tidak pernah bilang bubarkan,\" ungkapnya.")
PICKS = ("Prabowo: Kita Adalah Benteng Terakhir NKRI", "Kritik Pedas Fadli Zon Soal Kegaduhan Rizal Ramli-JK")


def page(middle: str = "") -> bytes:
    links = "".join(f"<p><a href='/berita/{n}'>{pick}</a></p>" for n, pick in enumerate(PICKS))
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<article><h1>{TITLE}</h1><div class='date'>Rabu, 19 Agustus 2015 - 14:49 WIB</div>"
            f"<div class='content'><p>{LEAD}</p>{middle}<p>{LAST}</p><p>Pilihan:</p>{links}<p>(maf)</p></div>"
            "</article></body></html>").encode()


def test_the_picks_and_their_heading_are_left_out():
    body = parse_article(page(), URL)["body"]
    assert body.endswith(LAST)
    assert "Pilihan" not in body
    assert not any(pick in body for pick in PICKS)


@pytest.mark.parametrize("sentence", [
    "Pilihan: Anda boleh datang atau tidak, kata panitia kepada para peserta yang hadir di sana.",
])
def test_a_sentence_after_the_word_stays(sentence):
    assert sentence in parse_article(page(f"<p>{sentence}</p>"), URL)["body"]

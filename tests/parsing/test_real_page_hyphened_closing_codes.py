"""A reporter's and an editor's codes of two or three small letters joined by a hyphen in brackets after the last
sentence (a sports portal, 2018: `... di level kompetisi sepakbola tertinggi di tanah air. (ri-zi)`): the writers'
codes, not the text; a hyphened word in brackets, its halves longer, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import split_signature

URL = "http://www.rubrikini.co.id/2018/12/09/persija-juara-liga-1/"
LEAD = ("Jakarta, rubrikini.co.id – Setelah 17 lalu lamanya menunggu, akhirnya Macan Kemayoran, Persija Jakarta, kembali "
        "merasakan gelar juara untuk kali ke-2 kompetisi sepakbola tertinggi di Indonesia yang kini bernama Liga 1.")
LAST = ("Menurut sang kiper Persija, sudah sepantasnya klubnya menjadi juara Liga 1, karena sudah sangat lama Persija "
        "puasa gelar juara di level kompetisi sepakbola tertinggi di tanah air.")


def page(closing: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Persija Juara Liga 1</title></head>"
            "<body><article class='post'><h1 class='entry-title'>Persija Juara Liga 1</h1>"
            f"<div class='entry-content'><p>{LEAD}</p><p>{LAST} {closing}</p></div></article></body></html>").encode()


def test_the_hyphened_codes_close_the_text():
    body = parse_article(page("(ri-zi)"), URL)["body"]
    assert body.endswith(LAST)
    assert "(ri-zi)" not in body


@pytest.mark.parametrize("text", ["kata dia. (pro-kontra)", "kata dia. (pra-pasca)"])
def test_a_hyphened_word_in_brackets_stays(text):
    assert split_signature(text) == (text, None)

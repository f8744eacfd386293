"""Asterisks leading the editor's code after the last sentence (Bertuahpos 2023: `... Kata Kapolsek Sosa AKP H
Harahap.**(achir)`): they go with the code. Asterisks after a word that ends no sentence, or spaced from it, stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import split_signature

URL = "http://bertuahpos.com/berita/puluhan-jurnalis-rohul-palas-desak-polres-padang-lawas-tangkap-penganiaya-wartawan.html"
LEAD = ("BERTUAHPOS.COM, PADANG LAWAS -Sejumlah kuli tinta yang tergabung dari kabupaten Padang Lawas Sumatera Utara "
        "dan Kabupaten Rokan Hulu Riau,hari ini mendatangi Mako Polres Palas dan Mapolsek Sosa,Selasa 13 Juni 2023.")
LAST = ("‘”Ya besok kami akan gelar perkara di Polres Palas sekalian menetapkan tersangka,”‘ Kata Kapolsek Sosa AKP "
        "H Harahap.")


def page(last: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Puluhan Jurnalis Desak Polres</title>"
            "<meta property='article:published_time' content='2023-06-13T14:30:00+07:00'></head><body><article>"
            f"<h1>Puluhan Jurnalis Desak Polres</h1><div class='entry-content'><p>{LEAD}</p><p>{last}</p></div>"
            "</article></body></html>").encode()


@pytest.mark.parametrize("code", ["**(achir)", "*(achir)", "***(ant)"])
def test_starred_code_closes_the_story(code):
    assert parse_article(page(LAST + code), URL)["body"].endswith("Kata Kapolsek Sosa AKP H Harahap.")


@pytest.mark.parametrize("text", ["kata dia. **(achir)", "gelar 5**(achir)"])
def test_stars_after_no_sentence_s_end_stay(text):
    assert split_signature(text) == (text, None)

"""A round-up's pointer to each story in full, its word before a run of dots, the link it was (Liputan6 2015:
`Selengkapnya.....` under each item's summary): no text. A sentence going on after the word stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.liputan6.com/news/read/2382781/kenduri-di-tengah-prahara-setya-novanto-paling-sedot-perhatian"
LEAD = ("Liputan6.com, Jakarta - Hotel Mulia, Jakarta Pusat, Jumat 4 Desember 2015 malam dibanjiri karangan bunga. Di "
        "sana, digelar hajatan besar Ketua DPR Setya Novanto.")
ITEM = "\"Pak Jokowi dipastikan tidak hadir dalam acara tersebut,\" ujar sumber Liputan6.com di Istana Kepresidenan."


def page(last: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kenduri di Tengah Prahara</title>"
            "</head><body><article><h1>Kenduri di Tengah Prahara</h1><div class='date'>Sabtu, 05 Des 2015, 13:02 WIB"
            f"</div><div class='article-content-body'><p>{LEAD}</p><p>{ITEM}</p><p>{last}</p></div></article></body>"
            "</html>").encode()


@pytest.mark.parametrize("pointer", ["Selengkapnya.....", "Selengkapnya....", "Selengkapnya...", "Selengkapnya…"])
def test_dotted_pointer_is_no_text(pointer):
    assert parse_article(page(pointer), URL)["body"].endswith("di Istana Kepresidenan.")


def test_a_sentence_after_the_word_stays():
    last = "Selengkapnya, polisi masih menyelidiki kasus ini."
    assert parse_article(page(last), URL)["body"].endswith(last)

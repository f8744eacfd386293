"""A long caption between the paragraphs may close with the outlet's name and its photographer's one name, both in
capitals, after a slash (Tribunnews's 2016 round-up: `... dan penasehat hukum Jessica Kumala Wongso langsung menyatakan
banding. TRIBUNNEWS/HERUDIN`): longer than a short caption, it goes as one still, as the short caption so credited
does. A carried wire's names (`... ANTARA/REUTERS`), a desk's initials (`ANT/BOB`) or names no agency's stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_caption

URL = ("https://m.tribunnews.com/amp/nasional/2016/12/25/10-kejadian-di-indonesia-yang-paling-menghebohkan-"
       "sepanjang-2016?page=all")
TITLE = "10 Kejadian di Indonesia yang Paling Menghebohkan Sepanjang 2016"
CAPTION = ("Terdakwa Jessica Kumala Wongso terlihat lesu usai mendengarkan putusan majelis hakim Pengadilan Negeri (PN) "
           "Jakarta Pusat, Kamis (27/10/2016). Majelis hakim menjatuhkan pidana penjara selama 20 tahun kepada Jessica "
           "Kumala Wongso terkait kasus pembunuhan Wayan Mirna Salihin. Vonis ini sama dengan tuntutan jaksa penuntut "
           "umum (JPU) dan penasehat hukum Jessica Kumala Wongso langsung menyatakan banding.")
PARAGRAPHS = (
    "TRIBUNNEWS.COM - Banyak kejadian menghebohkan yang terjadi di Indonesia sepanjang 2016.",
    "Tribunnews.com mencoba merangkum 10 kejadian paling menyita perhatian pembaca dari ribuan peristiwa terpopuler.",
    "1. Kopi Sianida",
    CAPTION + " TRIBUNNEWS/HERUDIN",
    "Kasus kopi sianida bermula dengan meninggalnya Wayan Mirna Salihin (27) usai minum es kopi di Restoran Olivia "
    "West Mall Grand Indonesia lantai ground floor Tanah Abang pada Rabu (6/1/2016) silam.",
)


def _page() -> str:
    body = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1 class='read__title'>{TITLE}</h1>"
            f"<div class='read__content'>{body}</div></article></body></html>")


def test_the_long_credited_caption_leaves_the_text():
    body = parse_article(_page(), URL)["body"]
    assert "HERUDIN" not in body and "terlihat lesu" not in body
    assert body.startswith("Banyak kejadian menghebohkan")
    assert body.endswith("pada Rabu (6/1/2016) silam.")


@pytest.mark.parametrize("credit", ["TRIBUNNEWS/HERUDIN", "KOMPAS/WAWAN"])
def test_an_outlet_and_its_photographer_in_capitals_close_a_long_caption(credit):
    assert is_caption(f"{CAPTION} {credit}")


@pytest.mark.parametrize("credit", ["ANTARA/REUTERS", "ANT/BOB", "ANTARA/BOB", "TNI/POLRI"])
def test_other_capitals_after_a_long_paragraph_stay(credit):
    assert not is_caption(f"{CAPTION} {credit}")

"""The article's tags printed one hashtag a line under the text (Astro Awani 2018: `#anak` over `#Mahathir Mohamad`
over ... `#SPRM` under `... Suruhanjaya Pencegahan Rasuah Malaysia (SPRM).`): a site's tag list, no text, when three or
more stand there or one holds a space, as no social network's hashtag does. A campaign's one or two hashtags closing a
post stay its writer's."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = ("https://de-awani-web-portal-stg.eco.astro.com.my/berita-malaysia/dakwaan-anak-menteri-ph-kawal-kementerian-itu-"
       "s-t-rubbish-mohamaddin-ketapi-191768?amp=1")
TEXT = ("Menteri Pelancongan, Seni dan Budaya, Datuk Mohamaddin Ketapi hari ini menganggap dakwaan satu kementerian "
        "‘dikawal’ oleh anak menteri berkenaan adalah tidak berasas sama sekali.",
        "Mengulas lanjut, Mohamaddin berkata, perkara itu sengaja dihebahkan pihak tertentu yang mempunyai sifat tidak "
        "bertanggungjawab, serta mempunyai hati yang busuk.",
        "Bagaimanapun, dalam satu sidang media di Putrajaya semalam, Perdana Menteri Tun Dr Mahathir Mohamad berkata "
        "perkara itu dalam pemerhatian pihak Suruhanjaya Pencegahan Rasuah Malaysia (SPRM).")
TAGS = ("#anak", "#Mahathir Mohamad", "#Media", "#menteri", "#Mohamaddin Ketapi", "#Pakatan Harapan", "#Parlimen",
        "#pelancongan", "#Perdana Menteri", "#Putrajaya", "#SPRM")


def page(tail: tuple[str, ...]) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in (*TEXT, *tail))
    return ("<!doctype html><html amp lang='ms'><head><meta charset='utf-8'><title>Dakwaan anak menteri PH kawal "
            "kementerian itu 's**t, rubbish!' - Mohamaddin Ketapi</title></head><body><article><h1>Dakwaan anak "
            "menteri PH kawal kementerian itu 's**t, rubbish!' - Mohamaddin Ketapi</h1>"
            "<div class='read__date'>November 22, 2018 14:09 MYT</div>"
            f"<div class='read__content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("tail", [TAGS, TAGS[:3], ("#Mahathir Mohamad",), ("#Pakatan Harapan", "#SPRM")])
def test_a_tag_list_under_the_text_is_no_text(tail):
    body = parse_article(page(tail), URL)["body"]
    assert body.endswith("Suruhanjaya Pencegahan Rasuah Malaysia (SPRM).")
    assert "#" not in body


@pytest.mark.parametrize("tail", [("#JanganDiamSegeraLaporkan",), ("#StopKekerasan", "#JanganDiam")])
def test_a_campaign_s_one_or_two_hashtags_stay(tail):
    body = parse_article(page(tail), URL)["body"]
    assert body.endswith("\n\n".join(tail))


def test_a_hashtag_inside_the_text_stays():
    middle = "Tanda pagar #KawalMenteri ramai digunakan warganet sejak semalam, menurut pemerhatian media sosial."
    body = parse_article(page((middle, "Perkara itu masih dalam siasatan pihak berkuasa, katanya.")), URL)["body"]
    assert middle in body

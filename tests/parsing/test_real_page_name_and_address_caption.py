"""A photo's caption between the paragraphs may be its subject's name alone and the web address the photo was taken
from in brackets (Paragram 2018: `Luis Milla. (bobotoh.id)`, `Bima Sakti. (sidomi.com)`): no paragraph is a name and an
address, so the line goes as a caption. A sentence closed by its source's address, a label before the address or a
sentence's words in small letters stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_caption

URL = ("https://paragram.id/olahraga/lagi-move-on-netizen-sarankan-3-nama-ini-untuk-melatih-timnas-indonesia-2589")
TITLE = "Lagi Move On, Netizen Sarankan 3 Nama Ini untuk Melatih Timnas Indonesia"
PARAGRAPHS = (
    "Hingga hari ini, berita bola nasional belum menunjukkan perkembangan terkait kepastian kontrak dari pelatih timnas "
    "Indonesia, Luis Milla. Meskipun PSSI berkeyakinan untuk memperpanjang kontrak usai Asian Games 2018 lalu, belum "
    "ada jawaban atau kepastian dari pelatih asal Spanyol ini.",
    "Luis Milla. (bobotoh.id)",
    "Meskipun banyak pihak mengharapkan kehadirannya agar tetap menangani Timnas, tidak adanya kejelasan menjadikan "
    "netizen berspekulasi terkait peracik strategi Tim Garuda.",
    "Bima Sakti",
    "Yang pertama santer disebutkan tentunya adalah asisten dari Luis Milla saat ini, Bima Sakti.",
    "Bima Sakti. (sidomi.com)",
    "Menurut catatan, Bima Sakti resmi menjabat sebagai asisten pelatih U-21 tersebut selama satu setengah tahun.",
)


def _page() -> str:
    body = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    return (f"<html><head><title>{TITLE}</title><meta property='article:published_time' "
            f"content='2018-09-11T20:00:00+07:00'></head><body><article><h1 class='entry-title'>{TITLE}</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def test_the_name_and_address_captions_leave_the_text():
    body = parse_article(_page(), URL)["body"]
    assert "(bobotoh.id)" not in body and "(sidomi.com)" not in body
    assert body.startswith("Hingga hari ini, berita bola nasional")
    assert body.endswith("selama satu setengah tahun.")
    assert "Bima Sakti\n\nYang pertama santer disebutkan" in body  # the heading stays


@pytest.mark.parametrize("line", ["Luis Milla. (bobotoh.id)", "Bima Sakti. (sidomi.com)", "Jokowi (instagram.com)",
                                  "Presiden Joko Widodo. (setkab.go.id)"])
def test_a_name_and_an_address_is_a_caption(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", ["Hal itu dikutip dari laman resmi. (kompas.com)", "Sumber: (kompas.com)",
                                  "Kata dia. (detik.com)", "Luis Milla (bobotoh)"])
def test_a_sentence_or_a_label_before_an_address_stays(line):
    assert not is_caption(line)

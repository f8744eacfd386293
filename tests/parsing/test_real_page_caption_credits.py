"""Two photo credits closing a lead image's caption that the caption kept: the label written outside the
parentheses of its source (Detik 2022: `<figcaption>Foto: (Getty Images)</figcaption>`, the whole caption a credit),
and a copyright sign with its holder (KapanLagi 2016: `Charlotte Church © istimewa` under the headline photo;
`Brandon Salim/©KapanLagi.com®/M. Akrom Sukarya`). The markup is the pages' own (tisorlawan/indonesian-media-crawler's
`tests/htmls/2.html`, anpandu/indonesian-news-scraper's `kapanlagi-singlepage3.html`), cut to the article."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.fields.media import split_caption

DETIK_URL = "https://sport.detik.com/sepakbola/bola-dunia/d-6454487/susunan-pemain-maroko-vs-portugal-ronaldo-cadangan-lagi"
DETIK = f"""<html lang="id-ID"><head><title>Susunan Pemain Maroko Vs Portugal: Ronaldo Cadangan Lagi</title>
<meta property="og:title" content="Susunan Pemain Maroko Vs Portugal: Ronaldo Cadangan Lagi" />
<meta property="og:image" content="https://akcdn.detik.net.id/api/wm/2022/12/07/cristiano-ronaldo-11_169.jpeg?wid=54" />
<meta name="publishdate" content="2022/12/10 20:55:32" /><meta name="author" content="Afif Farhan" />
<link rel="canonical" href="{DETIK_URL}" /></head><body>
<article class="detail"><div class="detail__header"><h1 class="detail__title">
Susunan Pemain Maroko Vs Portugal: Ronaldo Cadangan Lagi</h1>
<div class="detail__author">Afif Farhan - <span class="detail__label">Sepakbola</span></div>
<div class="detail__date">Sabtu, 10 Des 2022 20:55 WIB</div></div>
<div class="detail__media"><figure class="detail__media-image">
<img src="https://akcdn.detik.net.id/community/media/visual/2022/12/07/cristiano-ronaldo-11.jpeg?w=700&q=90"
 alt="Cristiano Ronaldo of Portugal looks on" title="Cristiano Ronaldo" class="p_img_zoomin img-zoomin" />
<figcaption class="detail__media-caption">
    {{caption}}
</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
<strong>Doha</strong> -
<p>Maroko vs Portugal akan bermain malam ini di perempatfinal Piala Dunia 2022. Susunan pemainnya sudah keluar,
Cristiano Ronaldo jadi cadangan lagi.</p>
<p>Posisi Ronaldo digantikan Goncalo Ramos. Pemain berusia 21 tahun itu tampil apik di babak 16 besar kontra Swiss
dengan bikin hat-trick.</p>
<strong>(aff/yna)</strong></div></div></article></body></html>"""

KAPANLAGI_URL = "http://musik.kapanlagi.com/berita/bikin-gaduh-kota-rumah-penyanyi-ini-digrebek-polisi-c1994d.html"
KAPANLAGI = """<html><head><title>Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi - KapanLagi.com</title>
<meta property="og:title" content="Kapanlagi.com: Musik - Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi"/>
<meta property="og:image" content="http://cdn.klimg.com/kapanlagi.com/p/headline/180x90/bikin-gaduh-kota-rumah-penyanyi-ini-dig-c1994d.jpg"/>
</head><body><div id="v7-music-newsdetail-right">
<h1 class="v7-music-newsdetail-title">Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi</h1>
<span class="v7-music-newsdetail-schedule">Selasa, 23 Februari 2016 11:22</span>
<div id="v7-music-newsdetail-image-headline">
<img src ="http://cdn.klimg.com/kapanlagi.com/p/headline/476x238/bikin-gaduh-kota-rumah-penyanyi-ini-dig-c1994d.jpg"
 alt="Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi" width="476" height="238"/><br />
<div id="v7-music-newsdetail-imageinfo">{caption}</div></div>
<div class="v7-music-detail-news">
<b>Kapanlagi.com</b> - Apa yang kalian pikirkan tentang pesta? Tentu saja hal yang menggembirakan dan menyengangkan
semua. Namun, sadarkah kalian terkadang apa yang kita lakukan tersebut bisa mengganggu orang lain?<p><p>Satu kisah
datang dari penyanyi asal Wales, Charlotte Chruch. Polisi lokal dikomplain banyak warga karena suara yang ditimbulkan
dari rumah Charlotte.<p><p> <b>(kpl/otx)</b></div></div></body></html>"""


@pytest.mark.parametrize(("caption", "expected"), [
    ("Foto: (Getty Images)", (None, "Foto: (Getty Images)")),
    # Near-misses that stay as they were: the credit inside the parentheses, and no credit at all.
    ("Cerita soal para pelatih set-piece (Foto: Getty Images/Mario Carlini / Iguana Press)",
     ("Cerita soal para pelatih set-piece", "(Foto: Getty Images/Mario Carlini / Iguana Press)")),
    ("Smoke rises over Gaza. Photo: PIC", ("Smoke rises over Gaza.", "Photo: PIC")),
    ("Pemandangan (dari udara) kota Doha", ("Pemandangan (dari udara) kota Doha", None)),
])
def test_a_label_outside_its_source_s_parentheses(caption, expected):
    assert split_caption(caption) == expected


def test_detik_s_figcaption_that_is_only_a_credit():
    image = parse_article(DETIK.format(caption="Foto: (Getty Images)").encode(), DETIK_URL)["image"]
    assert (image["caption"], image["credit"]) == (None, "Foto: (Getty Images)")


@pytest.mark.parametrize(("caption", "expected"), [
    ("Charlotte Church © istimewa", ("Charlotte Church", "© istimewa")),
    ("Lebih dari 100 orang diundang ke acara ulang tahun penyanyi asal Wales ini © Twitter.com",
     ("Lebih dari 100 orang diundang ke acara ulang tahun penyanyi asal Wales ini", "© Twitter.com")),
    ("Brandon Salim/©KapanLagi.com®/M. Akrom Sukarya", ("Brandon Salim", "©KapanLagi.com®/M. Akrom Sukarya")),
    ("©Reuters", (None, "©Reuters")),
    # Near-misses: a copyright sign inside a word run stays, and `(c)` is no sign.
    ("Poster film HEART BEAT©2015 di bioskop", ("Poster film HEART BEAT©2015 di bioskop", None)),
    ("Logo (c) 2019 di gedung", ("Logo (c) 2019 di gedung", None)),
])
def test_a_copyright_sign_closing_the_caption(caption, expected):
    assert split_caption(caption) == expected


def test_kapanlagi_s_headline_photo_credit():
    item = parse_article(KAPANLAGI.format(caption="Charlotte Church © istimewa").encode(), KAPANLAGI_URL)
    assert (item["image"]["caption"], item["image"]["credit"]) == ("Charlotte Church", "© istimewa")
    assert item["title"] == "Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi"
    assert item["body"].startswith("Apa yang kalian pikirkan tentang pesta?")
    assert "istimewa" not in item["body"] and "(kpl/otx)" not in item["body"]

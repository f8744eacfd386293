"""The declared image (`og:image`) is another rendition of the photo the page shows, under a name that only shares its
opening, and the caption beside the shown photo is the lead image's (Okezone 2017: `...-dengan-istri-UWr3JLezl2.jpg`
declared, `...-dengan-istri-Nfwqdn9gXj.jpg` shown over `Indra Birowo. (Foto: Vania/Okezone)`; Kompas 2016:
`0322335Wuling-saleh-husinp.jpg` declared, `0322335Wuling-saleh-husin780x390.jpg` shown in its `div.photo` with the
credit `Dok.Saleh Husin`). Two photos of a numbered series share too little of their names to be one. The markup is
the pages' own (anpandu/indonesian-news-scraper's `okezone-singlepage2.html` and `kompas-singlepage5.html`), cut to
the article."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.fields.media import _renditions

OKEZONE_URL = "http://celebrity.okezone.com/read/2017/02/17/33/1620900/cara-indra-birowo-jaga-keromantisan-dengan-istri"
OKEZONE_IMAGES = "https://img.okezone.com//content/2017/02/17/33/1620900/cara-indra-birowo-jaga-keromantisan-dengan-istri"
OKEZONE = f"""<html><head><title>Cara Indra Birowo Jaga Keromantisan dengan Istri : Okezone Celebrity</title>
<meta property="og:title" content="Cara Indra Birowo Jaga Keromantisan dengan Istri">
<meta property="og:image" content="{OKEZONE_IMAGES}-UWr3JLezl2.jpg">
<link rel="canonical" href="{OKEZONE_URL}" /></head><body>
<div class="col-lg-8 col-md-8 grid-content p-nol"><div class="title-detail">
<h1>Cara Indra Birowo Jaga Keromantisan dengan Istri</h1>
<span><b>Vania Ika Aldida</b> | Jum'at, 17 Februari 2017 - 13:30 wib</span>
<div class="ctn-images"><img src="{OKEZONE_IMAGES}-{{shown}}.jpg" alt="Indra Birowo. (Foto: Vania/Okezone)"></div>
<div class="caption-img-ab"><p>Indra Birowo. (Foto: Vania/Okezone)</p></div>
<div class="ctn-desc">
<p><strong>JAKARTA</strong> - Memiliki segudang kesibukan di dunia entertainment, tidak membuat aktor sekaligus
komedian, Indra Birowo lupa dengan sang istri.</p>
<p>Hal-hal sederhana selalu ia tunjukkan kepada sang istri demi menjaga keromantisan hubungan rumah tangganya.</p>
<strong>(FHM)</strong></div></div></div></body></html>"""

KOMPAS_URL = "http://otomotif.kompas.com/read/2016/02/23/165200515/Merek.China.Serbu.Indonesia.Ini.Kata.Gaikindo"
KOMPAS = f"""<html><head><title>Merek China “Serbu” Indonesia, Ini Kata Gaikindo - Kompas.com</title>
<meta property="og:image" content="http://assets.kompas.com/data/photo/2015/12/07/0322335Wuling-saleh-husinp.jpg" />
<link rel="canonical" href="{KOMPAS_URL}" /></head><body><div class="baca-content">
<h1>Merek China “Serbu” Indonesia, Ini Kata Gaikindo</h1>
<div id="content" class="kcm-date msmall grey mb2">Selasa, 23 Februari 2016 | 16:52 WIB</div>
<div class="big-img-content"><div id="590425" class="photo" style="max-width: 100%; width:780px">
<img data-width="780px" src="http://assets.kompas.com/data/photo/2015/12/07/0322335Wuling-saleh-husin780x390.jpg"
 alt="" /><span class="pb_10 author">Dok.Saleh Husin</span> Menperin bersama pejabat ekselon satu Kementerian
Perindustrian berkunjung ke pabrik SAIC-GM-Wuling (SGMW) Automobile di Qingdao, tenggara Beijing, Jumat (4/12).
</div></div>
<div class="content-text right"><div class='div-read'><br /><strong>Jakarta, KompasOtomotif</strong> &ndash; Tahun
depan, dua produsen otomotif asal China, SAIC-GM-Wuling dan Sokonindo Indonesia (SI) mulai meramaikan industri otomotif
Indonesia.<br /><br />Menanggapi kondisi itu, Ketua Umum Gaikindo periode 2016-2019 Johannes Nangoi, mengatakan,
semakin banyak merek baru yang masuk, semakin bagus.</div></div></div></body></html>"""


def test_okezone_s_caption_under_another_rendition():
    image = parse_article(OKEZONE.format(shown="Nfwqdn9gXj").encode(), OKEZONE_URL)["image"]
    assert image["url"].endswith("-UWr3JLezl2.jpg")
    assert (image["caption"], image["credit"]) == ("Indra Birowo.", "(Foto: Vania/Okezone)")


def test_kompas_s_photo_block_under_another_size():
    item = parse_article(KOMPAS.encode(), KOMPAS_URL)
    assert item["image"]["caption"] == ("Menperin bersama pejabat ekselon satu Kementerian Perindustrian berkunjung ke"
                                        " pabrik SAIC-GM-Wuling (SGMW) Automobile di Qingdao, tenggara Beijing, Jumat"
                                        " (4/12).")
    assert item["image"]["credit"] == "Dok.Saleh Husin"
    assert item["body"].startswith("Tahun depan, dua produsen otomotif")


def test_a_photo_of_another_name_lends_no_caption():
    """The shown photo's name shares only the folder's words with the declared one: no caption is borrowed."""
    page = OKEZONE.replace(f"{OKEZONE_IMAGES}-{{shown}}.jpg",
                           "https://img.okezone.com//content/2017/02/15/33/1619912/indra-birowo-asyik-swafoto.jpg")
    image = parse_article(page.encode(), OKEZONE_URL)["image"]
    assert (image["caption"], image["credit"]) == (None, None)


@pytest.mark.parametrize(("name", "other", "expected"), [
    ("cara-indra-birowo-jaga-keromantisan-dengan-istri-UWr3JLezl2.jpg",
     "cara-indra-birowo-jaga-keromantisan-dengan-istri-Nfwqdn9gXj.jpg", True),
    ("0322335Wuling-saleh-husinp.jpg", "0322335Wuling-saleh-husin780x390.jpg", True),
    ("1703186samsul-arif-purwaka-yudi-dok-persibp.jpg", "1703186samsul-arif-purwaka-yudi-dok-persib780x390.jpg", True),
    ("sam-bankman-fried-1_169.jpeg", "sam-bankman-fried-1.jpeg", True),  # Detik's watermarked copy
    # Near-misses: numbered series, a short shared opening, a name shared only in part.
    ("foto-1.jpg", "foto-2.jpg", False),
    ("cristiano-ronaldo-1.jpeg", "cristiano-ronaldo-11.jpeg", False),
    ("cristiano-ronaldo-11.jpeg", "cristiano-ronaldo-12.jpeg", False),
    ("indra-birowo-asyik-swafoto.jpg", "cara-indra-birowo-jaga-keromantisan-dengan-istri-UWr3JLezl2.jpg", False),
])
def test_renditions_of_one_photo(name, other, expected):
    assert _renditions(name, other) is expected

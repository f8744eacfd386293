"""A home page box's click marker written as `utm_medium` + `utm_campaign` without their prefix
(`?medium=Headline&campaign=Headline_click_1`): the same article as its bare link, one identity."""

from __future__ import annotations

import pytest

from crawler.parsing.urls import article_identity, canonicalize_url


@pytest.mark.parametrize(("linked", "bare"), [
    # A news network's headline box, on its news and its football sites, over the years
    ("https://www.liputan6.com/bisnis/read/3537205/bandara-kertajati-bakal-jadi-bandara-terbaik-ke-2-di-ri"
     "?medium=Headline&campaign=Headline_click_1",
     "https://www.liputan6.com/bisnis/read/3537205/bandara-kertajati-bakal-jadi-bandara-terbaik-ke-2-di-ri"),
    ("https://www.liputan6.com/ramadan/read/4237149/wajah-muslim-di-dunia-hadapi-ramadan-di-tengah-pandemi-covid-19"
     "?medium=Headline&campaign=Headline_click_1",
     "https://www.liputan6.com/ramadan/read/4237149/wajah-muslim-di-dunia-hadapi-ramadan-di-tengah-pandemi-covid-19"),
    ("http://www.bola.com/dunia/read/3182284/higuain-cetak-gol-juventus-beri-kekalahan-perdana-untuk-napoli"
     "?medium=Headline&campaign=Headline_click_1",
     "http://www.bola.com/dunia/read/3182284/higuain-cetak-gol-juventus-beri-kekalahan-perdana-untuk-napoli"),
    # `&amp;` written into the link as it was in the page's source
    ("http://showbiz.liputan6.com/read/2567567/kata-ibunda-tentang-kekasih-mike-mohede"
     "?medium=Headline&amp;campaign=Headline_click_5",
     "http://showbiz.liputan6.com/read/2567567/kata-ibunda-tentang-kekasih-mike-mohede"),
    # with the prefixed pair beside it
    ("https://www.liputan6.com/news/read/4959237/jurus-bpbd-dki-hadapi-krisis-air-saat-musim-kemarau-melanda-jakarta"
     "?utm_source=x&medium=Headline&campaign=Headline_click_2",
     "https://www.liputan6.com/news/read/4959237/jurus-bpbd-dki-hadapi-krisis-air-saat-musim-kemarau-melanda-jakarta"),
])
def test_the_unprefixed_campaign_pair_names_the_bare_article(linked, bare):
    assert article_identity(linked, None) == article_identity(bare, None)


@pytest.mark.parametrize("url", [
    # either name alone is a real parameter
    "https://contoh.co.id/promo?campaign=ramadan-2024",
    "https://contoh.co.id/katalog?medium=cetak",
    # another parameter stays beside the pair's removal
    "https://contoh.co.id/cari?q=banjir",
])
def test_either_name_alone_stays(url):
    assert canonicalize_url(url) == url


def test_other_parameters_stay_when_the_pair_goes():
    assert canonicalize_url("https://contoh.co.id/read/1/a?id=7&medium=Headline&campaign=Headline_click_3") == \
        "https://contoh.co.id/read/1/a?id=7"

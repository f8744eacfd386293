"""Titles opened by the host's brand alone in capitals, as the outlet's masthead writes it (`BERNAMA - ...` on
bernama.com): real headlines as reference lists and research notes cite them with their URLs, in the `<title>` the
agency's pages write (`BERNAMA - <headline>`, the form a crawler of the agency strips), read with no `<h1>` on the
page. The brand alone in the headline's own case opens a headline (`Persib - Persija 2-1` on persib.co.id), and a
brand of three letters is an acronym a headline may open with (`KPK - Polri Sepakat` on kpk.go.id)."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("headline", "url"), [
    ("Ulat Arkitek, Iklan Tawar Khidmat Seni Bina Secara Haram Makin Berleluasa – LAM",
     "https://bernama.com/bm/news.php?id=2325906"),
    ("Portal MyTax LHDN Sedia Kaedah e-KYC, e-CP55D Bagi Pembayar Cukai Baharu",
     "https://bernama.com/bm/news.php?id=2522325"),
    ("Bursa Malaysia signs sustainability MoU with London Stock Exchange Group",
     "https://www.bernama.com/en/news.php?id=2134522"),
])
def test_the_brand_in_capitals_before_the_headline_is_the_site(headline, url):
    assert title_of(f"BERNAMA - {headline}", url) == headline
    assert title_of(f"BERNAMA - {headline}", url, site_name="BERNAMA") == headline


@pytest.mark.parametrize(("title", "url"), [
    # The brand in the headline's own case, an acronym of three letters, and the capitals on another host.
    ("Persib - Persija 2-1", "https://www.persib.co.id/berita/persib-persija"),
    ("KPK - Polri Sepakat Perkuat Koordinasi Penanganan Korupsi", "https://www.kpk.go.id/id/berita/siaran-pers"),
    ("BERNAMA - Ulat Arkitek, Iklan Tawar Khidmat Seni Bina Secara Haram Makin Berleluasa – LAM",
     "https://www.malaymail.com/news/malaysia/2024/05/20/ulat-arkitek/135529"),
])
def test_a_headline_opened_by_a_name_in_its_own_case_stays_whole(title, url):
    assert title_of(title, url) == title

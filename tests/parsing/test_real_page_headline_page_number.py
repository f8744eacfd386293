"""A copy of a paged article printing the page's number after its headline, in the `<h1>` as in the `<title>`
(Liputan6's third page: `BMKG: Cuaca Jakarta Diprediksi Hujan pada Akhir Pekan, Minggu Malam 20 Juli 2025 – Page 3`):
the title is the headline without it, as a declared title's is read. Without a separator the words stay (a headline
may end on them), and a headline without a page's number keeps its last words."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.liputan6.com/news/read/6000000/bmkg-cuaca-jakarta-diprediksi-hujan-pada-akhir-pekan"
HEADLINE = "BMKG: Cuaca Jakarta Diprediksi Hujan pada Akhir Pekan, Minggu Malam 20 Juli 2025"
TEXT = ("Liputan6.com, Jakarta – Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan wilayah Jakarta "
        "Selatan dan Jakarta Timur hujan diguyur ringan pada Minggu (20/7/2025) malam.",
        "Suhu di Jakarta diprakirakan berkisar antara 25 hingga 34 derajat Celcius. BMKG juga memprediksi, kecepatan "
        "angin berkisar 2-13 kilometer (km) per jam.")


def page(headline: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in TEXT)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<article><h1 class='read__title'>{headline}</h1><div class='read__date'>20 Jul 2025, 08:30 WIB</div>"
            f"<div class='article-content-body'>{body}</div></article></body></html>").encode()


@pytest.mark.parametrize("suffix", [" – Page 3", " - Halaman 2", " | Page 2", " (Halaman 4)", " - Halaman all"])
def test_the_page_s_number_after_a_separator_leaves_the_headline(suffix):
    item = parse_article(page(HEADLINE + suffix), URL)
    assert item["title"] == HEADLINE
    assert item["body"].startswith("Badan Meteorologi")


@pytest.mark.parametrize("headline", [HEADLINE, "Kisah Penjual Koran yang Tampil di Halaman 2",
                                      "Pemda Luncurkan Aplikasi Home Page"])
def test_a_headline_without_a_separated_page_number_stays_whole(headline):
    assert parse_article(page(headline), URL)["title"] == headline

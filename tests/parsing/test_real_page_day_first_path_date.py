"""A page whose only date is in its address, written day first (SumutPos, 2020:
`https://sumutpos.co/metropolis/06/02/2020/antisipasi-virus-corona-knia-larang-wn-asal-tiongkok`, its header's date a
weather box's today, no time in the page): the day is 6 February 2020, as the address's year-first form
(`/2020/02/06/`) is read. A month past twelve, a day past the month's end or a day after the fetch names none."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

HEADLINE = "Antisipasi Virus Corona, KNIA Larang WN Asal Tiongkok"
LEAD = ("SUMUTPOS.CO – Mengantisipasi penyebaran virus corona atau novel coronavirus (nCoV) yang terus meluas, "
        "pemerintah Indonesia secara resmi melarang warga negara (WN) asal negeri Tiongkok masuk ke Indonesia melalui "
        "pintu-pintu kedatangan luar negeri.")
MORE = ("Sejauh ini, Imigrasi Kualanamu tetap berkoordinasi dengan intansi terkait di bandara KNIA, termasuk Kantor "
        "Kesehatan Pelabuhan (KKP), serta intansi lainnya.")


def published(url: str) -> str | None:
    html = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<div class='entry-content'><p>{LEAD}</p><p>{MORE}</p></div></article></body></html>")
    return parse_article(html.encode(), url)["published_at"]


@pytest.mark.parametrize("path", ["/metropolis/06/02/2020/antisipasi-virus-corona-knia-larang-wn-asal-tiongkok",
                                  "/metropolis/2020/02/06/antisipasi-virus-corona-knia-larang-wn-asal-tiongkok"])
def test_the_address_s_day(path):
    assert published(f"https://sumutpos.co{path}").startswith("2020-02-06")


@pytest.mark.parametrize("path", ["/metropolis/06/13/2020/antisipasi-virus-corona",
                                  "/metropolis/31/02/2020/antisipasi-virus-corona",
                                  "/metropolis/06/02/2099/antisipasi-virus-corona",
                                  "/metropolis/106/02/2020/antisipasi-virus-corona"])
def test_no_real_day_names_none(path):
    assert published(f"https://sumutpos.co{path}") is None

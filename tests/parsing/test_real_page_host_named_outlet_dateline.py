"""A dateline of the outlet's name alone, the same word as the page's host (tandaseru.com 2025: `Tandaseru — Polres
Ternate menindaklanjuti ...`): the site's name, no place. The same word on another host, a listed place that names its
own city's site (`Bandung –` on bandung.go.id) and a place on the outlet's host keep their places."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

LEAD = ("Polres Ternate menindaklanjuti dua laporan jurnalis korban penganiayaan yang diduga dilakukan oknum anggota "
        "Satpol PP Ternate saat melakukan peliputan aksi Indonesia Gelap.")
MORE = ("Aksi Indonesia Gelap ini dilakukan Aliansi Mahasiswa Maluku Utara (AMMU) di depan kantor wali kota Ternate, "
        "Senin (24/2/2025/).")
LAST = ("“Untuk kedua pelapor maupuan dua orang saksi lain sudah dimintai keterangan awal pasca laporan dimasukkan ke "
        "SPKT,” tandasnya.")


def read(opening: str, url: str) -> dict:
    paragraphs = "".join(f"<p>{line}</p>" for line in (f"{opening} {LEAD}", MORE, LAST))
    html = ("<html lang='id-ID'><head><title>Polisi proses dugaan penganiayaan 2 jurnalis</title>"
            "<meta property='article:published_time' content='2025-02-24T21:10:00+09:00'></head><body>"
            "<article class='post hentry'><h1 class='entry-title'>Polisi proses dugaan penganiayaan 2 jurnalis oleh "
            f"anggota Satpol PP Ternate</h1><div class='entry-content'>{paragraphs}</div></article></body></html>")
    return parse_article(html.encode(), url)


@pytest.mark.parametrize("url", [
    "https://www.tandaseru.com/2025/02/24/polisi-proses-dugaan-penganiayaan-2-jurnalis",
    "https://tandaseru.co.id/2025/02/24/polisi-proses-dugaan-penganiayaan-2-jurnalis",
])
def test_the_host_s_own_name_is_the_outlet_and_no_place(url):
    item = read("Tandaseru —", url)
    assert item["dateline"]["place"] is None
    assert item["dateline"]["agency"] == "Tandaseru"
    assert item["body"].startswith("Polres Ternate menindaklanjuti")


@pytest.mark.parametrize("opening, url, place", [
    ("Tandaseru —", "https://www.example-news.com/2025/02/24/polisi-proses", "Tandaseru"),  # another host
    ("Ternate —", "https://www.tandaseru.com/2025/02/24/polisi-proses", "Ternate"),  # a place on the outlet's host
    ("Bandung —", "https://bandung.go.id/2025/02/24/polisi-proses", "Bandung"),  # a city's own site
])
def test_other_places_stay(opening, url, place):
    assert read(opening, url)["dateline"]["place"] == place

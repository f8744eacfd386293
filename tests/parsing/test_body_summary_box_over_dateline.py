"""A summary box over a text whose paragraphs are a sentence each (Tribun's 2025 template: `Ringkasan Berita:` over
`Perang kelompok warga makan 2 korban jiwa di Makassar`, `18 rumah warga terbakar`, `Tawuran pecah sejak 23 September
2025`, over `TRIBUN-TIMUR.COM, MAKASSAR - Kurang dari 50 hari, masyarakat dunia merayakan momen malam pergantian
tahun.`): no longer paragraph ends the points, the lead's dateline does. The points go, and the dateline is read."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

POINTS = ["Perang kelompok warga makan 2 korban jiwa di Makassar", "18 rumah warga terbakar",
          "Tawuran pecah sejak 23 September 2025"]
LEAD = "TRIBUN-TIMUR.COM, MAKASSAR - Kurang dari 50 hari, masyarakat dunia merayakan momen malam pergantian tahun."
TEXT = ["Namun warga Tallo masih dicekam tawuran.",
        "Polisi menyebut dua warga meninggal dunia akibat bentrokan itu, kata Kapolrestabes."]
URL = "https://makassar.tribunnews.com/2025/11/20/tawuran-di-makassar-tewaskan-2-warga"


def _page() -> bytes:
    points = "".join(f"<li>{point}</li>" for point in POINTS)
    paragraphs = "".join(f"<p>{text}</p>" for text in TEXT)
    return (f"<html><head><title>Tawuran di Makassar Tewaskan 2 Warga - Tribun-timur.com</title></head><body>"
            f"<h1>Tawuran di Makassar Tewaskan 2 Warga</h1>"
            f"<div class='credit'>Penulis: <a href='/penulis/muslimin-emba'>Muslimin Emba</a> | Editor: "
            f"<a>Ari Maryadi</a></div><time>Kamis, 20 November 2025 10:15 WIB</time>"
            f"<div class='txt-article' id='article'><figure><img src='a.jpg' alt='Polrestabes Makassar'><figcaption>"
            f"<b>TAWURAN WARGA</b> - Tangkapan layar video saat personel Polrestabes Makassar diserang petasan oleh "
            f"pelaku tawuran di Jl Tinumbu Lorong 148, Kecamatan Tallo, Makassar, Rabu (19/11/2025) malam</figcaption>"
            f"</figure><div class='ringkasan'><strong>Ringkasan Berita:</strong><ul>{points}</ul></div>"
            f"<p><strong>TRIBUN-TIMUR.COM, MAKASSAR</strong> - {LEAD.split(' - ', 1)[1]}</p>{paragraphs}</div>"
            f"</body></html>").encode()


def test_the_points_go_and_the_dateline_is_read():
    item = parse_article(_page(), URL)
    assert item["body"].split("\n\n") == [LEAD.split(" - ", 1)[1], *TEXT]
    assert item["dateline"]["place"] == "MAKASSAR"


def test_the_dateline_ends_the_points_in_the_blocks():
    body = clean_body([Block(line) for line in ["Ringkasan Berita:", *POINTS, LEAD, *TEXT]])
    assert body.paragraphs == [LEAD.split(" - ", 1)[1], *TEXT]
    assert body.dateline is not None and body.dateline.place == "MAKASSAR"


def test_a_lead_right_under_the_heading_is_no_point():
    body = clean_body([Block(line) for line in ["Ringkasan Berita:", LEAD, *TEXT]])
    assert body.paragraphs == [LEAD.split(" - ", 1)[1], *TEXT]


def test_short_lines_with_neither_under_them_stay():
    short = ["Warga diminta waspada.", "Hujan lebat turun sejak pagi."]
    assert clean_body([Block(line) for line in ["Ringkasan", *short]]).paragraphs == short

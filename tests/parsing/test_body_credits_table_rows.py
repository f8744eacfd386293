"""A credits table under the text, each row a label, a colon and a value in a cell of their own (Grid's
`<td>Source</td><td>:</td><td>Kompas.com,Tribunnews.com</td>` over `Penulis` and `Editor` rows): each row is one line,
as printed, so the credits are read as credits and leave the text. Other tables' cells stay blocks of their own."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.html import blocks_of, parse_html

URL = "https://www.grid.id/read/042815393/hari-ini-google-doodle-tampilkan-sosok-perempuan-asli-indonesia"
LAST = ("Sariamin Ismail mulai mengasah bakatnya sebagai penulis dengan menjelajahi dunia puisi terlebih dahulu sejak "
        "berumur 10 tahun.")
CREDITS = ("<table><tr><td>Source</td><td>:</td><td>Kompas.com,Tribunnews.com</td></tr>"
           "<tr><td>Penulis</td><td>:</td><td>Bella Ayu Kurnia Putri</td></tr>"
           "<tr><td>Editor</td><td>:</td><td>Deshinta N</td></tr></table>")


def _page(body: str) -> str:
    return (f"<html><head><title>Google Doodle Sariamin Ismail</title></head><body><article><h1>Google Doodle Sariamin "
            f"Ismail</h1><div class='read__content'>{body}</div></article></body></html>")


def test_each_row_is_one_line():
    root = parse_html(f"<div>{CREDITS}</div>")
    assert [block.text for block in blocks_of(root.find(".//div"), URL)] == [
        "Source : Kompas.com,Tribunnews.com", "Penulis : Bella Ayu Kurnia Putri", "Editor : Deshinta N"]


def test_the_credits_leave_the_text_and_are_read():
    first = "Sosok tersebut diketahui bernama Sariamin Ismail, novelis perempuan pertama di Indonesia."
    item = parse_article(_page(f"<p>{first}</p><p>{LAST}</p>{CREDITS}"), URL)
    assert item["body"] == f"{first}\n\n{LAST}"
    assert item["author"] == "Bella Ayu Kurnia Putri"
    assert item["editor"] == "Deshinta N"


def test_other_tables_keep_their_cells():
    table = ("<table><tr><td>No</td><td>Nama</td><td>Suara</td></tr>"
             "<tr><td>1</td><td>Pasangan calon nomor urut satu</td><td>120.450</td></tr></table>")
    root = parse_html(f"<div>{table}</div>")
    assert [block.text for block in blocks_of(root.find(".//div"), URL)] == [
        "No", "Nama", "Suara", "1", "Pasangan calon nomor urut satu", "120.450"]

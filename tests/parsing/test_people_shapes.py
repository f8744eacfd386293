"""Authors and editors as real pages print them and as their metadata records them: the writer a reader names,
never the outlet, its team, the site's account or the kind of page (small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TITLE = "Pemerintah umumkan kebijakan baru untuk warga terdampak banjir"
PARAGRAPHS = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta untuk seluruh warga yang terdampak.",
              "Kebijakan itu berlaku mulai pekan depan, kata pejabat yang berwenang kepada wartawan di sana."]
URL = "https://www.beritadaerah-contoh.id/read/2020/01/06/12345/pemerintah-umumkan-kebijakan"


def page(*, head: str = "", header: str = "", lead: str = "") -> bytes:
    body = lead + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (f"<html><head><title>{TITLE}</title>{head}</head><body><div class='wrap'><h1>{TITLE}</h1>{header}"
            f"<div class='article-content'>{body}</div></div></body></html>").encode()


@pytest.mark.parametrize(("line", "author"), [
    # Blogger's header (dutabangsanews.com, 2020)
    ("Written By mansyur soupyan sitompul on Kamis, 29 Oktober 2020 | 15.11", "mansyur soupyan sitompul"),
    ("Diposting oleh Budi Santoso pada Senin, 12 Februari 2024 10:15 WIB", "Budi Santoso"),
])
def test_a_blogs_header_byline_gives_the_name_without_its_verb(line, author):
    assert parse_article(page(header=f"<div>{line}</div>"), URL)["author"] == author


@pytest.mark.parametrize(("first", "author"), [
    # Kompas 2022 (Kudu Insight): three writers, the last after `&`
    ("Oleh: Nurvirta Monarizqa, Ingki Rinaldi, & Palupi Annisa Auliani",
     "Nurvirta Monarizqa, Ingki Rinaldi, & Palupi Annisa Auliani"),
    ("Oleh: Ahmad Yani dan Siti Aminah", "Ahmad Yani dan Siti Aminah"),
    # kabarpali.com 2016: a note mark before the columnist's name
    ("Oleh : *) Hengky Yohanes", "Hengky Yohanes"),
    # a role after the name, `dan` inside the role: one writer
    ("Oleh: Budi Santoso, Dosen Fakultas Hukum dan Ilmu Sosial", "Budi Santoso"),
    ("Oleh: Ali Farkhan Tsani, Redaktur Senior MINA", "Ali Farkhan Tsani"),
])
def test_an_opinion_byline_names_its_writers(first, author):
    cleaned = clean_body([Block(first), *(Block(text) for text in PARAGRAPHS)])
    assert cleaned.byline_author == author
    assert cleaned.paragraphs == PARAGRAPHS


def test_a_columnists_byline_beats_the_desks_header():
    """kabarpali.com 2016: `Oleh Redaksi KABARPALI | <date>` over the column, the writer's byline opening it."""
    item = parse_article(page(header="<div>Oleh Redaksi KABARPALI | 04 November 2016</div>",
                              lead="<p>Oleh : *) Hengky Yohanes</p>"), "http://kabarpali.com/detailpost/desa-pemekaran")
    assert item["author"] == "Hengky Yohanes"
    assert parse_article(page(header="<div>Oleh Redaksi KABARPALI | 04 November 2016</div>"),
                         "http://kabarpali.com/detailpost/desa-pemekaran")["author"] is None

"""A byline box holding only the editor's credit over the header's time (Elshinta: `Editor: Novelia Tri Ananda` over
`Senin, 26 Mei 2025 – 07:03 WIB`): the page names no author, the editor is read. A box with a writer's label after the
editor's, or the writer's name before it, still names the writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.elshinta.com/news/370000/2025/05/26/bmkg-waspada-hujan-disertai-petir-pada-mayoritas-wilayah-ri"
HEADLINE = "BMKG: Waspada hujan disertai petir pada mayoritas wilayah RI"


def page(box: str) -> bytes:
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<div class='author'>{box}</div><div class='date'>Senin, 26 Mei 2025 – 07:03 WIB</div>"
            "<div class='content'><p>Elshinta.com – Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mengeluarkan "
            "peringatan dini berupa potensi hujan ringan, sedang, hingga lebat, yang dapat disertai kilat dan angin "
            "kencang di berbagai kota besar di Indonesia pada Senin.</p><p>Kondisi tersebut mampu meningkatkan potensi "
            "pertumbuhan awan hujan di sepanjang daerah yang dilewati konvergensi atau konfluensi.</p></div>"
            "</article></body></html>").encode()


@pytest.mark.parametrize("box", ["Editor: Novelia Tri Ananda", "Redaktur : Novelia Tri Ananda"])
def test_an_editor_s_credit_alone_names_no_author(box):
    item = parse_article(page(box), URL)
    assert item["author"] is None
    assert item["editor"] == "Novelia Tri Ananda"
    assert item["published_at"].startswith("2025-05-26T07:03")


@pytest.mark.parametrize("box", ["Editor: Novelia Tri Ananda | Penulis: Budi Santoso",
                                 "Budi Santoso Editor: Novelia Tri Ananda", "Penulis: Budi Santoso"])
def test_a_writer_in_the_box_is_still_the_author(box):
    assert parse_article(page(box), URL)["author"] == "Budi Santoso"

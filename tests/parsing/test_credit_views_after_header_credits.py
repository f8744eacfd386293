"""Labelled credits after the day opening a header line, the page's views closing it (Berita Jakarta 2020: `Senin, 18
Mei 2020 Reporter: Wuri Setyaningsih Editor: Erikyanri Maulana 1857`), name the reporter and the editor; the views
are no part of the editor's name. A header line with no label after its day names nobody (small pages in the shapes
of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize("lines", [
    ("Senin, 18 Mei 2020 Reporter: Wuri Setyaningsih Editor: Erikyanri Maulana 1857", "(Foto: Wuri Setyaningsih)"),
    ("Senin, 18 Mei 2020 Reporter: Wuri Setyaningsih Editor: Erikyanri Maulana",),
])
def test_credits_after_the_day_name_the_reporter_and_the_editor(lines):
    item = parse_article(page(header=header_lines(*lines)), URL)
    assert (item["author"], item["editor"]) == ("Wuri Setyaningsih", "Erikyanri Maulana")


@pytest.mark.parametrize("line", [
    "Senin, 18 Mei 2020 Jakarta Utara 1857",  # a place and the views, no label
    "Senin, 18 Mei 2020 Harga Emas",  # a topic's words
])
def test_no_label_after_the_day_names_nobody(line):
    item = parse_article(page(header=header_lines(line)), URL)
    assert (item["author"], item["editor"]) == (None, None)

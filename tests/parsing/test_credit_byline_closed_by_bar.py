"""A labelled byline over the text that a bar closes, the header's next item cut off after it (Fakta Jabar 2023:
`Oleh : Rosman Ochim Alazis, Redpel Fakta Jabar |`): the writer is the name before the comma or the bar, and the line
leaves the text. A caption whose credit's slot is left empty after its bar (inikebumen 2018: `Kartu Pers yang
digunakan untuk mendukung aksi dari para wartawan gadungan |`) still leaves the text naming nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

FIRST = "Disana akan menemukan kepuasan sendiri. Dan menemukan pengetahuan diluar meja sekolah."


@pytest.mark.parametrize("line", [
    "Oleh : Rosman Ochim Alazis, Redpel Fakta Jabar |",
    "Oleh : Rosman Ochim Alazis |",
])
def test_the_byline_names_the_writer_and_leaves_the_text(line):
    item = parse_article(page(lead=f"<p>{line}</p><p>{FIRST}</p>"), URL)
    assert item["author"] == "Rosman Ochim Alazis"
    assert item["body"].startswith(FIRST)


def test_a_caption_with_its_credit_left_empty_still_leaves_the_text():
    caption = "Kartu Pers yang digunakan untuk mendukung aksi dari para wartawan gadungan |"
    item = parse_article(page(lead=f"<p>{caption}</p><p>{FIRST}</p>"), URL)
    assert item["author"] is None
    assert item["body"].startswith(FIRST)

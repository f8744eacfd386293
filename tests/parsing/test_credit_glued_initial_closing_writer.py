"""A writer's name in the brackets closing the text, its initial glued by the stop to the name after it (Prioritas
2020: `... dalam beraktifitas. (M.Azhari)`): the writer. A degree's few letters after the stop name nobody (`(S.Pd)`,
`(M.Farm)`), nor does an official's title after such an initial."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

LAST = ("Mengakhiri sambutannya H. Surya mengajak seluruh Lapisan Masyarakat untuk sama sama melawan penyebaran Covid 19"
        " dengan tetap mengikuti anjuran Pemerintah untuk menghindari keramaian dan tetap menggunakan Alat Pelindung diri"
        " dalam beraktifitas.")


@pytest.mark.parametrize(("tag", "writer"), [("(M.Azhari)", "M.Azhari"), ("(H.Surya Dharma)", "H.Surya Dharma")])
def test_a_glued_initial_and_the_name_name_the_writer(tag, writer):
    assert parse_article(page(last=f"<p>{LAST} {tag}</p>"), URL)["author"] == writer


@pytest.mark.parametrize("tag", ["(S.Pd)", "(M.Farm)", "(S.Sos)", "(Azhari)", "(H.Bupati)"])
def test_a_degree_or_a_single_word_names_nobody(tag):
    assert parse_article(page(last=f"<p>{LAST} {tag}</p>"), URL)["author"] is None

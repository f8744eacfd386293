"""A column's byline run into its first paragraph (Analisa 2014: `Oleh: Alda Muhsi. Banyak orang ...`) names the
writer, and the paragraph stays the text's first; a byline alone, or with the writer's role after it, leaves."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import page  # beside this file

URL = "https://analisadaily.com/berita/arsip/2014/3/24/16143/mengenal-kantor-berita-antara/"
SENTENCE = ("Banyak orang yang tidak mengetahui apa itu Kantor Berita Antara? Banyak yang bertanya-tanya, banyak yang "
            "diam, entah tahu betul atau memang diam karena tidak tahu.")


def test_the_paragraph_a_byline_runs_into_stays():
    article = parse_article(page(lead=f"<p>Oleh: Alda Muhsi. {SENTENCE}</p>"), URL)
    assert article["author"] == "Alda Muhsi"
    assert article["body"].startswith(SENTENCE)


@pytest.mark.parametrize("byline", ["Oleh: Alda Muhsi", "Oleh: Alda Muhsi, Redaktur Senior Harian Analisa Medan",
                                    "Oleh : Suyono HS. *"])
def test_a_byline_of_its_own_leaves_the_text(byline):
    article = parse_article(page(lead=f"<p>{byline}</p>"), URL)
    assert article["author"] in ("Alda Muhsi", "Suyono HS")
    assert not article["body"].startswith("Oleh")

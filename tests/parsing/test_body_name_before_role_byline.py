"""A header's byline with the name first and the writer's role after its comma (Okezone's `Zulkifli Yunus ,
Jurnalis` over the date and the photo): a credit, not text; its name is the author. A sentence naming a journalist
stays."""

from __future__ import annotations

from crawler.parsing.credits import reporter_name
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Kades menambahkan, sampai pukul 21.00 WITA ketinggian air masih bertambah. Mudah-mudahan hujan di kawasan "
         "pegunungan reda, kalau tidak genangan akan bertahan sampai besok.")
SECOND = ("Untuk meringankan warga yang rumahnya terendam pihak desa dibantu perusahaan yang ada di Kecamatan Jorong "
          "membuka dapur umum.")


def test_the_byline_leaves_and_names_the_author():
    result = clean_body([Block("Zulkifli Yunus , Jurnalis"), Block(FIRST), Block(SECOND)])
    assert result.paragraphs == [FIRST, SECOND]
    assert result.credits.author == "Zulkifli Yunus"
    assert reporter_name("Arief Setyadi, Wartawan") == "Arief Setyadi"


def test_sentences_naming_a_journalist_stay():
    for line in ("Zulkifli Yunus, jurnalis senior di Kalimantan Selatan, meliput banjir itu sejak Jumat malam.",
                 "Menurut Zulkifli Yunus, jurnalis"):
        assert reporter_name(line) is None
    line = "Hal itu disampaikan Zulkifli Yunus, jurnalis senior di Kalimantan Selatan, kepada warga."
    assert clean_body([Block(FIRST), Block(line), Block(SECOND)]).paragraphs == [FIRST, line, SECOND]

"""A credit line whose label a full stop closes instead of a colon, a name alone after it (MetroKendari's `Reporter.
Wayan Sukanta` under the text): it names the writer and leaves the body. A sentence opening with the word, a name run
on into words in lower case and a short label's stop stay as they are."""

from __future__ import annotations

from crawler.parsing.credits import parse_credits
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kepolisian juga mengimbau kepada masyarakat, khususnya para remaja, untuk tidak terlibat dalam aksi balapan "
        "liar maupun kegiatan yang dapat mengganggu ketertiban umum.",
        "Patroli preventif ini akan terus dilakukan secara rutin guna menjaga keamanan dan ketertiban di wilayah "
        "Sulawesi Tenggara."]


def test_a_full_stop_closes_a_whole_label():
    assert parse_credits("Reporter. Wayan Sukanta").author == "Wayan Sukanta"
    assert parse_credits("Editor. Wayan Sukanta").editor == "Wayan Sukanta"


def test_the_credit_line_leaves_the_body():
    assert clean_body([Block(TEXT[0]), Block(TEXT[1]), Block("Reporter. Wayan Sukanta")]).paragraphs == TEXT


def test_lines_that_are_no_such_credit_stay():
    for line in ("Jurnalis. Itu profesi yang dipilihnya sejak muda.",
                 "Reporter. Wayan Sukanta dan kawan-kawan meliput di sana.",
                 "Rep. Andi Hakim"):
        assert parse_credits(line) is None, line
    line = "Wartawan. Itulah pekerjaan yang ia jalani selama dua puluh tahun di Kendari."
    assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0], line]

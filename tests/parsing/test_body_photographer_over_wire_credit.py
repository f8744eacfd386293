"""A photo's credit alone on its line, the photographer's full name in capitals first and a wire's name after a spaced
slash (Tribun's `MOHAMMED ABED / AFP` over a wire picture's caption), is no text. The name after the slash must be a
wire of the agencies' table: capitals around a slash that name places or bodies stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Utusan Perdamaian Timur Tengah PBB, Tor Wennesland menyabut gencatan senjata antara Hamas dan Israel serta "
        "menyampaikan belasungkawa untuk para korban.",
        "Duta Desar AS untuk PBB, Linda Thomas-Greenfield mengatakan setelah deklarasi gencatan senjata, dunia harus "
        "fokus pada perdamaian yang bisa bertahan lama."]


def test_the_credit_is_no_text():
    for line in ("MOHAMMED ABED / AFP", "ADEK BERRY / AFP"):
        assert is_caption(line), line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT, line


def test_capitals_around_a_slash_naming_no_wire_stay():
    for line in ("PILKADA DKI / JAKARTA", "TNI / POLRI", "KPU / BAWASLU", "BANJIR JAKARTA / BEKASI"):
        assert not is_caption(line), line

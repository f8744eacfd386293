"""The lead printed again under the photo's caption, its dateline left off (a blog's copy, 2021: `www.laborblog.my.id -
Direktur Eksekutif ...` over `Komisaris Utama PT Pertamina Basuki Tjahaja Purnama alias Ahok | Net` over `Direktur
Eksekutif ...`): the text says it once. A paragraph said again further down, or a lead with no dateline, stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Direktur Eksekutif Indonesia Political Opinion (IPO) Dedi Kurnia Syah Putra mengatakan Menteri BUMN Erick "
        "Thohir harus mengevaluasi kinerja Komisaris Utama PT Pertamina Basuki Tjahaja Purnama alias Ahok.")
CAPTION = "Komisaris Utama PT Pertamina Basuki Tjahaja Purnama alias Ahok | Net"
SECOND = ("“Saya kira tidak berlebihan kalau Erick Thohir harus mencari pengganti BTP,” kata Dedi kepada wartawan, "
          "Rabu (29/12).")
THIRD = "“Ini bisa mengganggu produktivitas,” katanya."


def test_the_lead_printed_again_leaves():
    for between in ([Block(CAPTION)], []):
        result = clean_body([Block("JAKARTA - " + LEAD), *between, Block(LEAD), Block(SECOND), Block(THIRD)])
        assert result.dateline is not None
        assert [paragraph for paragraph in result.paragraphs if paragraph == LEAD] == [LEAD]
        assert result.paragraphs[-2:] == [SECOND, THIRD]


def test_paragraphs_said_again_elsewhere_stay():
    blocks = [Block("JAKARTA - " + LEAD), Block(SECOND), Block(THIRD), Block(LEAD), Block(SECOND)]
    assert clean_body(blocks).paragraphs.count(LEAD) == 2
    assert clean_body([Block(LEAD), Block(LEAD), Block(SECOND), Block(THIRD)]).paragraphs.count(LEAD) == 2

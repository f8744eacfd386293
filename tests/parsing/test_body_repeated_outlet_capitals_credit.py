"""A photo's credit alone in capitals with the outlet named twice over the photographer's full name, its network's page
and its own (Tribunnews's `TRIBUN JATENG/TRIBUN JATENG/HERMAWAN HANDAKA` under the byline), is no text, as the credit
naming it once. Capitals around slashes naming no one stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Ia menyebutkan pemeriksaan dilakukan dengan pengumpulan data dan klarifikasi ke pihak-pihak yang bersangkutan.",
        "Kepolisian juga mendalami motif apa dibalik kemunculan Keraton Agung Sejagat."]


def test_the_credit_naming_its_outlet_twice_is_no_text():
    for line in ("TRIBUN JATENG/TRIBUN JATENG/HERMAWAN HANDAKA", "TRIBUN JATENG/HERMAWAN HANDAKA"):
        assert is_caption(line), line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT, line


def test_capitals_around_slashes_naming_no_one_stay():
    for line in ("TNI/POLRI/JAKARTA", "KPU/BAWASLU/DKPP", "PILKADA DKI/JAKARTA"):
        assert not is_caption(line), line

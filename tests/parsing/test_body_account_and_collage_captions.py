"""A short caption closed, right after its last word, by its photo's source in brackets with no slash nor label: a
social account after the platform's name and a space (Tribun's `Pemain Persib Bandung, Ezra Walian, Marc Klok, Alberto
Rodriguez, dan Zalnando (Instagram @marcklok)`), or a collage's note naming who made it (Tribun's `Skuat Persib
Bandung (kolase tribun jabar)`). A sentence closed before the bracket, a colon pointing to a writer's account and a
bracket that names neither stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

ACCOUNT = "Pemain Persib Bandung, Ezra Walian, Marc Klok, Alberto Rodriguez, dan Zalnando (Instagram @marcklok)"
COLLAGE = "Skuat Persib Bandung (kolase tribun jabar)"
TEXT = ["Dengan kemenangan ini, Persib naik satu peringkat ke posisi 10 menggeser Bhayangkara FC dengan raihan 24 poin.",
        "Persib Bandung membuktikan diri masih bisa bersaing di Liga 1 2019 usai mengalahkan Persipura Jayapura."]


def test_an_account_or_a_collage_note_closes_a_caption():
    assert is_caption(ACCOUNT)
    assert is_caption(COLLAGE)


def test_the_captions_leave_the_text():
    assert clean_body([Block(TEXT[0]), Block(COLLAGE), Block(TEXT[1]), Block(ACCOUNT)]).paragraphs == TEXT


def test_lines_that_are_not_such_captions_stay():
    for line in ("Marc Klok mengunggah foto itu di akunnya. (Instagram @marcklok).",
                 "Lenovo BIOSes have lots of nasty surprises in them, of late - ask Steve Gibson (Twitter: @Sg_grc)",
                 "Akun itu bernama @jayidzes (Instagram/@jayidzes)",
                 "Ia memajang karya itu dalam pameran (kolase)",
                 "Skuat Persib Bandung (pemain inti musim lalu)"):
        assert not is_caption(line), line

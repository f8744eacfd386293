"""A video's crew credits under the text, each label alone over its name (Republika TV's `Videografer:` over `Fakhtar
Khairon Lubis`, `Video Editor:` over `Wisnu Aji Prasetiyo`): labels and names leave the body and name neither the
writer nor the editor. A crew label over a sentence stays as the text it heads; the writer's label over a name still
names the writer."""

from __future__ import annotations

from crawler.parsing.credits import crew_label
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Djarot meminta kepada semua pihak memberikan kesempatan kepada Gubernur Anies Baswedan dan Wakil Gubernur "
        "Sandiaga Uno untuk bekerja maksimal dalam menangani persoalan banjir di Jakarta.",
        "Berikut video lengkapnya."]
CREW = ["Videografer:", "Fakhtar Khairon Lubis", "Video Editor:", "Wisnu Aji Prasetiyo"]


def test_a_crew_label_alone_is_one():
    assert crew_label("Videografer:")
    assert crew_label("Video Editor:")
    assert not crew_label("Editor:")
    assert not crew_label("Videografer: Fakhtar Khairon Lubis")


def test_the_crew_credits_leave_the_body_and_name_no_writer():
    body = clean_body([Block(text) for text in (*TEXT, *CREW)])
    assert body.paragraphs == TEXT
    assert body.credits.author is None and body.credits.editor is None


def test_a_crew_label_over_a_sentence_stays():
    line = "Tim videografer itu merekam seluruh proses evakuasi warga di bantaran sungai sejak pagi."
    body = clean_body([Block(TEXT[0]), Block("Videografer:"), Block(line)])
    assert line in body.paragraphs

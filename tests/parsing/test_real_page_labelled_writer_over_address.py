"""A copied column's byline, its label before the writer's name, over the writer's e-mail address at the top of a blog
post (a 2011 blog's copy of a Berita Harian column: `Oleh Teo Kok Seong` over `teokok@ukm.my`): the writer is the
name without the label, and both lines leave the text, as a name alone over its address does."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Perkara 152 Perlembagaan Persekutuan memperuntukkan bahasa Melayu sebagai bahasa negara, iaitu sebagai bahasa "
        "kebangsaan dan bahasa rasmi Malaysia.",
        "Kelonggaran ini yang diperuntukkan dalam Akta Bahasa Kebangsaan dan juga Perlembagaan Persekutuan, membantut "
        "usaha untuk melaksanakan penggunaan bahasa Melayu dalam bidang perundangan."]


@pytest.mark.parametrize("byline", ["Oleh Teo Kok Seong", "Oleh: Teo Kok Seong", "Teo Kok Seong"])
def test_the_writer_is_the_name_without_its_label(byline):
    result = clean_body([Block(byline), Block("teokok@ukm.my"), *map(Block, TEXT)])
    assert result.paragraphs == TEXT
    assert (result.byline_author or result.credits.author) == "Teo Kok Seong"

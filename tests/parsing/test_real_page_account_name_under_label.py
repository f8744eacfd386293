"""A credit's label standing alone under the text over the site's account for its holder, one word in small letters
(Kompas.id 2019: `Editor:` over `agnesrita` over `Bagikan`): no paragraph, and no person's name to credit; a name
under the label is still the editor's, and the same word with no label over it stays where it is."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = [
    "“Banjir kepung Jakarta Timur dan Jakarta Selatan”. Sepenggal kalimat dalam berbagai kepala berita media cetak, "
    "elektronik maupun online bukan lagi hal yang mengejutkan apalagi spektakuler bagi sebagian besar warga.",
    "Tradisi itu seolah biasa bagi warga yang di wilayah Daerah Aliran Sungai Ciliwung maupun di bantaran kali jika "
    "turun hujan beberapa jam di hulu dan hilir sungai.",
]


@pytest.mark.parametrize("closing", [
    ["Editor:", "agnesrita", "Bagikan"],
    ["Editor:", "agnesrita"],
    ["Penulis:", "banu.astono"],
])
def test_an_account_name_under_a_lone_label_is_no_text(closing: list[str]) -> None:
    body = clean_body([Block(line) for line in [*TEXT, *closing]])
    assert body.paragraphs == TEXT
    assert body.credits.editor is None


def test_a_name_under_the_label_is_the_editor() -> None:
    body = clean_body([Block(line) for line in [*TEXT, "Editor:", "Agnes Rita Sulistyawaty"]])
    assert body.paragraphs == TEXT
    assert body.credits.editor == "Agnes Rita Sulistyawaty"


def test_the_word_with_no_label_over_it_stays() -> None:
    body = clean_body([Block(line) for line in [*TEXT, "agnesrita"]])
    assert body.paragraphs == [*TEXT, "agnesrita"]

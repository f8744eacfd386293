"""A photo story's credit naming an agency's photo service before the photographer (`Pewarta: ANTARA FOTO/<name>`,
as ANTARA's captions credit a picture): the picture's maker, never the writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize("line", [
    "Pewarta: ANTARA FOTO/Aditya Pradana Putra",
    "Pewarta: Antara Foto / Aditya Pradana Putra",
])
def test_a_photo_service_credit_names_no_writer(line):
    credits = parse_credits(f"{line} Editor: Budi Santoso")
    assert (credits.author, credits.editor) == (None, "Budi Santoso")


def test_a_writer_credited_with_the_agency_after_the_name_stays():
    assert parse_credits("Pewarta: Budi Santoso/Antara Editor: Agus Salim").author == "Budi Santoso"


def test_a_photo_story_closing_credit_names_the_editor_only():
    last = "<p>Pewarta: ANTARA FOTO/Aditya Pradana Putra</p><p>Editor: Budi Santoso</p><p>Copyright © ANTARA 2024</p>"
    item = parse_article(page(last=last), URL)
    assert (item["author"], item["editor"]) == (None, "Budi Santoso")

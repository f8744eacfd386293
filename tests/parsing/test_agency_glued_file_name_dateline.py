"""An image's file name left as text and run into the dateline's place in capitals, its last figure glued to the
place's first letter (a blog's copy of muslimdaily.net's report on MINA's launch, 2012:
`MINAnewsAgency_83272343842JAKARTA, muslimdaily.net – Mi’raj News Agency (MINA) ...`): the file name is no part of
the dateline, which opens after it. A word joined by an underscore to figures and a capital straight after them is a
file's name, no place's or outlet's."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body
from crawler.sites import SITES
from dateline_readings import place_and_agency  # beside this file

LEAD = (" Mi’raj News Agency (MINA) yang mengklaim sebagai satu-satunya Kantor Berita Islam di Indonesia diresmikan"
        " hari ini Selasa 18/12 di Aula Buya Hamka Al Azhar Jakarta.")
OPENING = "MINAnewsAgency_83272343842JAKARTA, muslimdaily.net –"


def test_the_file_name_glued_to_the_place_is_no_part_of_the_dateline():
    assert place_and_agency(OPENING + LEAD) == ("JAKARTA", "muslimdaily.net")
    found = parse_dateline(OPENING + LEAD, profile=SITES["mina"])
    assert (found.place, found.agency) == ("JAKARTA", "muslimdaily.net")


def test_the_lead_opens_after_the_file_name_and_the_dateline():
    cleaned = clean_body([Block(OPENING + LEAD), Block(
        "Menurut informasi dalam situsnya http://www.mirajnews.com, Kantor berita tersebut merupakan media alternatif"
        " guna mengimbangi penguasaan opini global oleh Zionis Israel.")])
    assert cleaned.paragraphs[0] == LEAD.strip()
    assert cleaned.dateline.place == "JAKARTA"


@pytest.mark.parametrize(("text", "reading"), [
    # Near misses that stay as they were: the dateline alone, a logo's alt text glued the same way.
    ("JAKARTA, muslimdaily.net –" + LEAD, ("JAKARTA", "muslimdaily.net")),
    ("mina logoJAKARTA,  October 26, 2012 (MINA) – Mi’raj News Agency (MINA) has been officially launched.",
     ("JAKARTA", "MINA")),
    # A file's name inside a sentence, a space before the capitals: no dateline.
    ("Berkas MINAnewsAgency_83272343842 JAKARTA disebut dalam laporan itu, kata dia.", None),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading

"""A wire's page run onto one line: a photo's caption closing with its courtesy credit (`... Photo courtesy of BERNAMA.`),
then the dateline, an English byline run into it or not (`By Massita Ahmad SINGAPORE, June 25 (NNN-BERNAMA) —`). The
caption and the writer's name are no part of the dateline; a caption opening with a place in capitals and a colon
(`KUALA LUMPUR: Communications ... Minister ...`) is the photo's, the wire's dateline after the credit wins."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_courtesy_credit_then_byline_then_dateline():
    text = ("File photo of former Prime Minister of Singapore, Goh Chok Tong (right) and former Malaysian Prime Minister"
            " Datuk Seri Abdullah Ahmad Badawi during a meet in Singapore. Photo courtesy of BERNAMA. By Massita Ahmad"
            " SINGAPORE, June 25 (NNN-BERNAMA) — Emeritus Senior Minister Goh Chok Tong has decided to retire from")
    assert place_and_agency(text) == ("SINGAPORE", "NNN-BERNAMA")


def test_caption_with_its_own_place_and_colon_then_the_wires_dateline():
    text = ("KUALA LUMPUR: Communications and Multimedia Minister Datuk Saifuddin Abdullah during a press conference"
            " following the launch of the new RTM news channel at Angkasapuri here. Photo courtesy of BERNAMA. KUALA"
            " LUMPUR, June 25 (NNN-BERNAMA) — Radio Televisyen Malaysia (RTM) today launched a new channel")
    assert place_and_agency(text) == ("KUALA LUMPUR", "NNN-BERNAMA")


@pytest.mark.parametrize(("text", "reading"), [
    # a byline opening the text, as before
    ("By Massita Ahmad SINGAPORE, June 25 (NNN-BERNAMA) — Emeritus Senior Minister Goh Chok Tong has decided to"
     " retire from politics.", ("SINGAPORE", "NNN-BERNAMA")),
    ("Oleh Massita Ahmad SINGAPORE, June 25 (NNN-BERNAMA) — Emeritus Senior Minister Goh Chok Tong has decided to"
     " retire from politics.", ("SINGAPORE", "NNN-BERNAMA")),
    # a caption's colon and no wire after it: the caption's place is all there is
    ("KUALA LUMPUR: Communications and Multimedia Minister Datuk Saifuddin Abdullah during a press conference at"
     " Angkasapuri here.", ("KUALA LUMPUR", None)),
    # `by` inside a sentence names no writer
    ("The new channel was launched by Prime Minister Muhyiddin Yassin at Angkasapuri yesterday.", None),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading

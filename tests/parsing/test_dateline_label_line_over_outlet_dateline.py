"""parse_dateline on a page's labels in the shape of a place and an outlet's name in capitals alone on their line
(`INTERVIU, NEWS`) above the story's own dateline: a place no list has there yields to the dateline below."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_a_label_line_yields_to_the_dateline_below():
    text = ("INTERVIU, NEWS\nFLORESKITA.COM | Persebata Lembata bermain secara profesional dengan kondisi yang sangat "
            "memprihatinkan.")
    assert place_and_agency(text) == (None, "FLORESKITA.COM")


@pytest.mark.parametrize(("text", "reading"), [
    ("Tondano, SULUTREVIEW\nBupati Minahasa meninjau pasar tradisional di pusat kota.", ("Tondano", "SULUTREVIEW")),
    ("Simalungun,SS\nBupati Simalungun meninjau pasar tradisional di pusat kota.", ("Simalungun", "SS")),
])
def test_a_listed_place_and_its_outlet_on_their_line_stay(text, reading):
    assert place_and_agency(text) == reading

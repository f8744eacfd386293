"""A closing credit in brackets of the writer's name, a hyphen and the outlet or the place it was filed for or from
(Tempo Interaktif 2003: `... terkonsentrasi di Mabes polri. (Istiqomatul Hayati-Tempo News Room)`): the credit is no
text and the writer is the name before the hyphen, not the outlet glued to it; a hyphen inside a name stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import closing_writer, split_signature

URL = "http://metro.tempo.co/read/2279/polda-adem-ayem-meski-mabes-polri-dibom"
LEAD = ("TEMPO Interaktif, Jakarta:Kepolisian Daerah Metro Jakarta Raya (Polda Metro Jaya) tidak melakukan peningkatan "
        "pengawasan kendati markas besar polisi (Mabes Polri) dibom pada Senin (3/2) pagi.")
LAST = ("Bahkan, para polisi yang tergabung dalam Staun Anti Teror dan Bom terkonsentrasi di Mabes polri. {credit}")


def read(credit: str) -> dict:
    html = ("<html lang='id'><head><title>Polda Adem Ayem Meski Mabes Polri Dibom</title>"
            "<meta property='article:published_time' content='2003-07-21T16:05:00+07:00'></head><body><article>"
            "<h1>Polda Adem Ayem Meski Mabes Polri Dibom</h1><div class='detail-in'>"
            f"<p>{LEAD}</p><p>{LAST.format(credit=credit)}</p></div></article></body></html>")
    return parse_article(html.encode(), URL)


@pytest.mark.parametrize("credit, writer", [
    ("(Istiqomatul Hayati-Tempo News Room)", "Istiqomatul Hayati"),
    ("(Rofiqi Hasan - Tempo)", "Rofiqi Hasan"),
    ("(Budi Santoso-Jakarta)", "Budi Santoso"),  # the place filed from
])
def test_the_writer_is_the_name_before_the_outlet(credit, writer):
    item = read(credit)
    assert item["author"] == writer
    assert item["body"].endswith("terkonsentrasi di Mabes polri.")


@pytest.mark.parametrize("text, writer", [
    ("kata dia. (Jean-Paul Sartre)", "Jean-Paul Sartre"),  # a hyphen inside the name
    ("kata dia. (Fahmi Firdaus)", "Fahmi Firdaus"),
    ("kata dia. (Antara-Jakarta)", None),  # no person before the hyphen
])
def test_other_closing_credits_keep_their_reading(text, writer):
    assert closing_writer(split_signature(text)[1]) == writer

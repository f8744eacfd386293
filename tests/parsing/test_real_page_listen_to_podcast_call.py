"""A radio's round-up closing with its call to listen to the audio (`... lampu PJU, lampu taman dan sebagainya.***` over
`Dengarkan Audio Podcastnya di sini.`): the call leaves the text. A sentence telling the reader to listen to someone,
with no pointer `di sini`, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://kilasbandungnews.com/kilas-bandung-prssni-selasa-422020/"
FIRST = ("KilasBandung – Pangdam III/Siliwangi Mayjen TNI Nugroho Budi Wiryanto telah memerintahkan seluruh Dansektor "
         "meningkatkan semangat untuk mewujudkan Program Citarum Harum.")
LAST = ("Kota Bandung diharapkan menjadi lebih terang benderang, melalui program Bandung Caang Baranang. Wali Kota "
        "Bandung Oded M. Danial mengatakan program caang baranang akan membuat sudut-sudut Kota Bandung menjadi terang "
        "melalui lampu PJU, lampu taman dan sebagainya.***")


def page(*tail: str) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in (FIRST, LAST, *tail))
    return ("<html><head><title>Kilas Bandung PRSSNI, Selasa (4/2/2020)</title></head><body><article>"
            "<h1>Kilas Bandung PRSSNI, Selasa (4/2/2020)</h1><div class='entry-content'>"
            f"{body}</div></article></body></html>").encode()


@pytest.mark.parametrize("call", ["Dengarkan Audio Podcastnya di sini.", "Dengarkan podcast selengkapnya disini"])
def test_the_call_leaves_the_text(call):
    assert parse_article(page(call), URL)["body"].endswith("lampu taman dan sebagainya.")


def test_a_sentence_without_the_pointer_stays():
    line = "Dengarkan aspirasi warga sebelum memutuskan relokasi pasar, kata anggota DPRD Kota Bandung."
    assert parse_article(page(line), URL)["body"].endswith(line)

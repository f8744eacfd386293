"""A views counter's label left alone under the text, its count drawn by a script the saved page leaves out (a
Malaysian portal's `Views:` under `... katanya kepada Bernama hari ini.`): no text. A line going on after the colon is
the text's, and a counter with its count was furniture already."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://melakahariini.my/polis-akan-rakam-keterangan-annuar-musa-berhubung-dakwaan-langgar-sop"
LEAD = ("KUALA LUMPUR 14 Feb. – Polis akan mengambil keterangan Menteri Wilayah Persekutuan Tan Sri Annuar Musa "
        "berhubung dakwaan beliau melanggar prosedur operasi standard Perintah Kawalan Pergerakan.")
LAST = ("“Keterangan beliau (Annuar Musa) akan diambil susulan satu laporan polis yang dibuat di Cheras hari ini,” "
        "katanya kepada Bernama hari ini.")


def page(*tail: str) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in (LEAD, LAST, *tail))
    return ("<html><head><title>Polis akan rakam keterangan Annuar Musa</title></head><body><article>"
            "<h1>Polis akan rakam keterangan Annuar Musa</h1><div class='entry-content'>"
            f"{body}</div></article></body></html>").encode()


@pytest.mark.parametrize("label", ["Views:", "Views :", "Dilihat:", "1,2K views"])
def test_the_counter_leaves_the_text(label):
    assert parse_article(page(label), URL)["body"].endswith("katanya kepada Bernama hari ini.")


def test_a_line_going_on_after_the_colon_stays():
    line = "Views: Pihak polis meminta orang ramai tidak membuat spekulasi berhubung kes itu."
    assert parse_article(page(line), URL)["body"].endswith(line)

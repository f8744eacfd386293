"""A Malaysian portal closes its story with the day it ran after a dash, past the last sentence, as a wire signs off
(Scoop, 2023: `... bagi memastikan keselamatan pengundi proses pilihanraya,” katanya. – 9 September, 2023`, its
`Topics` and `Hangat` boxes under it). The stamp is no text, and nothing under it is the story's. A dash inside the
text before a number, or a year with no month, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

LEAD = ("JOHOR BAHRU – Polis mengesahkan memanggil seorang saksi bagi membantu siasatan berhubung dakwaan insiden dua "
        "pengamal media di Johor yang dikasari pegawai pengiring seorang menteri pada Selasa lalu.")
MIDDLE = ("Timbalan Ketua Polis Negara, Datuk Seri Ayob Khan Mydin Pitchay berkata, ketika ini siasatan terperinci "
          "sedang dilaksanakan oleh pihak polis.")
LAST = ("“Setakat ini tiada ancaman sebab itu bebas keluar undi dan sentiasa melaksanakan kawalan bagi memastikan "
        "keselamatan pengundi proses pilihanraya,” katanya.")


def body(*paragraphs: str) -> str:
    html = ("<html><head><title>Polis panggil saksi bantu siasatan pengamal media dikasari di Johor</title></head>"
            "<body><article><h1>Polis panggil saksi bantu siasatan pengamal media dikasari di Johor</h1>"
            "<div class='article-content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            + "</div></article></body></html>")
    return parse_article(html.encode(), "https://scoop.my/berita/112116/polis-panggil-saksi")["body"]


@pytest.mark.parametrize("stamp", [" – 9 September, 2023", " - 9 September 2023", " — Sept 9, 2023", " – 9 Sept. 2023"])
def test_the_day_after_the_last_sentence_goes(stamp):
    assert body(LEAD, MIDDLE, LAST + stamp).endswith("proses pilihanraya,” katanya.")


def test_the_boxes_under_it_go_too():
    found = body(LEAD, MIDDLE, LAST + " – 9 September, 2023", "Topics", "Hangat")
    assert found.endswith("proses pilihanraya,” katanya.")
    assert "Hangat" not in found


@pytest.mark.parametrize("tail", [" – 2 orang, 2023", " – 2023", " – sejak 9 September 2023"])
def test_no_day_and_month_stays(tail):
    assert body(LEAD, MIDDLE, LAST + tail).endswith(tail.strip(" -–"))


def test_a_dash_before_a_date_inside_a_paragraph_stays():
    text = "Pilihan raya itu – 9 September 2023 – berjalan lancar, katanya. Pengundi keluar awal."
    assert body(LEAD, text, MIDDLE).endswith(MIDDLE)

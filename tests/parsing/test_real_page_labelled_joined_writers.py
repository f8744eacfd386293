"""A copied paper story's byline label before two writers joined by a word, on a line of its own over the dateline (a
news archive blog's copy of Utusan 2006: `Oleh Marhaini Kamaruddin dan Rohani Ibrahim` over `JOHOR BAHRU 14 Ogos –
Muktamad. ...`): both are the writers, the line leaves the text, as one writer after the label does. Offices joined
the same way, or a sentence opening with the label, name no writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import opinion_author
from crawler.parsing.html import Block

URL = "http://malaysianewsarchive.blogspot.com/2006/08/batal-jambatan-kekal-kerajaan-tidak.html"
LEAD = ("JOHOR BAHRU 14 Ogos – Muktamad. Keputusan pembatalan pembinaan Jambatan Indah menggantikan Tambak Johor adalah "
        "kekal dan tidak akan ditarik balik.")
MORE = ("Perdana Menteri, Datuk Seri Abdullah Ahmad Badawi berkata, Kabinet telah membincangkan mengenai projek itu "
        "secara teliti dan telah membuat keputusan.")


def read(byline: str) -> dict:
    body = "<br /><br />".join((byline, LEAD, MORE))
    html = ("<html><head><title>Malaysia News Archive: Batal jambatan kekal</title></head><body>"
            "<h2 class='date-header'><span>Monday, August 14, 2006</span></h2><div class='post hentry'>"
            "<h3 class='post-title entry-title'>Batal jambatan kekal -- Kerajaan tidak akan tarik balik keputusan "
            f"Kabinet – PM - Utusan</h3><div class='post-body entry-content'>{body}</div></div></body></html>")
    return parse_article(html.encode(), URL)


@pytest.mark.parametrize("byline", ["Oleh Marhaini Kamaruddin dan Rohani Ibrahim",
                                    "Oleh Marhaini Kamaruddin & Rohani Ibrahim"])
def test_both_writers_after_the_label_are_the_writers(byline):
    item = read(byline)
    assert item["author"] == "Marhaini Kamaruddin, Rohani Ibrahim"
    assert item["dateline"]["place"] == "JOHOR BAHRU"
    assert item["body"].startswith("Muktamad.") and "Oleh" not in item["body"]


def test_one_writer_after_the_label_reads_as_before():
    assert read("Oleh Marhaini Kamaruddin")["author"] == "Marhaini Kamaruddin"


@pytest.mark.parametrize("line", ["Oleh Polres Bogor dan Kodim Bogor", "Oleh Dinas Kesehatan dan Badan Pangan",
                                  "Oleh karena itu dan Budi"])
def test_offices_or_a_sentence_name_no_writer(line):
    assert opinion_author(Block(line)) is None

"""A Malay paper's dateline with the weekday in capitals after the place and a comma before the year, closed by a colon
(a blog's copy of a Bernama story, 2012: `SHAH ALAM, AHAD, 15 Januari, 2012: Kenyataan Timbalan Presiden Pas ...`):
the place is the dateline's, the weekday and the date its date, the lead after the colon. A region in the weekday's
slot stays the place's; a number after the comma that is no year is no date."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article, parse_dateline
from dateline_readings import place_and_agency  # beside this file

LEAD = ("SHAH ALAM, AHAD, 15 Januari, 2012: Kenyataan Timbalan Presiden Pas, Mohamad Sabu yang mendakwa mendapat "
        "sokongan pelbagai pihak dari Barisan Nasional (BN) bagi memastikan Pakatan Rakyat menguasai Putrajaya dalam "
        "Pilihan Raya Umum akan datang hanyalah pembohongan semata-mata, kata Ketua Penerangan UMNO, Datuk Ahmad "
        "Maslan.")


@pytest.mark.parametrize("text, reading", [
    (LEAD, ("SHAH ALAM", None)),
    ("SHAH ALAM, AHAD, 15 Januari 2012: Kenyataan itu hanyalah pembohongan.", ("SHAH ALAM", None)),
    ("SHAH ALAM, Ahad, 15 Januari, 2012: Kenyataan itu hanyalah pembohongan.", ("SHAH ALAM", None)),
    ("KUALA LUMPUR, Rabu, 25 Mac, 2015 - Polis menahan dua lelaki.", ("KUALA LUMPUR", None)),
    # near misses that keep their readings
    ("BANDUNG, JABAR, 15 Januari 2012: Polisi menahan dua orang.", ("BANDUNG, JABAR", None)),
    ("SHAH ALAM, 15 Januari 2012: Kenyataan itu hanyalah pembohongan.", ("SHAH ALAM", None)),
])
def test_the_place_before_a_weekday_and_date_is_the_dateline_s(text, reading):
    assert place_and_agency(text) == reading


def test_the_weekday_s_date_is_read_with_its_year():
    found = parse_dateline(LEAD)
    assert found is not None and found.date is not None and found.date.isoformat() == "2012-01-15"


def test_a_number_after_the_comma_that_is_no_year_is_no_date():
    found = parse_dateline("SHAH ALAM, Ahad, 15 Januari, 2000 orang hadir di stadium itu.")
    assert found is None or found.date is None or found.date.year != 2000


def test_the_blog_copy_reads_its_dateline_and_lead():
    body = "<br /><br />".join([LEAD, "Mat Sabu berkata demikian ketika berucap pada Konvensyen Pakatan Rakayat Ke-3 "
                                      "di Stadium Sultan Abdul Halim, Kedah, semalam. - BERNAMA"])
    html = ("<html><head><title>Blog: Kenyataan Mat Sabu satu pembohongan</title></head><body>"
            "<h2 class='date-header'><span>Sunday 15 January 2012</span></h2><div class='post hentry'>"
            "<h3 class='post-title entry-title'>Kenyataan Mat Sabu satu pembohongan</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")
    item = parse_article(html.encode(), "http://example.blogspot.com/2012/01/kenyataan-mat-sabu-satu-pembohongan.html")
    assert item["dateline"]["place"] == "SHAH ALAM"
    assert item["body"].startswith("Kenyataan Timbalan Presiden Pas")

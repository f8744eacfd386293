"""A header date in figures that reads either way round (OANA's copy of Bernama, 2009: `Thu, 03/12/2009 - 10:15`
under the headline), over a dateline writing its date out (`KOTA KINABALU (Malaysia), March 12 (Bernama) -- ...`):
the dateline says which is the month, and the header's clock stays. A header date that agrees with the dateline, one
that cannot be read the other way, or a dateline naming another day altogether reads as before."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://m.oananews.org/node/50144"


def page(when: str, dateline: str) -> bytes:
    lead = (f"{dateline} -- Prime Minister Abdullah Ahmad Badawi has refuted reports that he had a discussion with "
            "opposition People's Justice Party (PKR) advisor Anwar Ibrahim during a religious event.")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>PM: NO DISCUSSION WITH ANWAR</title></head><body>"
            f"<article><h1>PM: NO DISCUSSION WITH ANWAR</h1><div class='date'>{when}</div><div class='content'>"
            f"<p>{lead}</p><p>Abdullah said he attended the event on the invitation of prominent religious figure "
            "Syeikh Mahmud al-Majzub.</p></div></article></body></html>").encode()


@pytest.mark.parametrize("when, dateline, published", [
    ("Thu, 03/12/2009 - 10:15", "KOTA KINABALU (Malaysia), March 12 (Bernama)", "2009-03-12T10:15:00+07:00"),
    ("Thu, 12/03/2009 - 10:15", "KOTA KINABALU (Malaysia), March 12 (Bernama)", "2009-03-12T10:15:00+07:00"),
    ("Thu, 03/13/2009 - 10:15", "KOTA KINABALU (Malaysia), March 13 (Bernama)", "2009-03-13T10:15:00+07:00"),
    ("Thu, 03/12/2009 - 10:15", "KOTA KINABALU (Malaysia), March 11 (Bernama)", "2009-12-03T10:15:00+07:00"),
    ("Thursday, December 3, 2009 10:15", "KOTA KINABALU (Malaysia), March 12 (Bernama)", "2009-12-03T10:15:00+07:00"),
])
def test_the_dateline_says_which_figure_is_the_month(when, dateline, published):
    assert parse_article(page(when, dateline), URL)["published_at"] == published

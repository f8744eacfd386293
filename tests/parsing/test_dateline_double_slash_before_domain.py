"""parse_dateline on a listed place, two slashes glued to it and to its outlet's domain, the dash lost before the
sentence (`JAKARTA//NSMTVNews.com Polda ...`), as `SERANG, JinNewsOne.Com SMAN 4 ...` writes a comma."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_a_place_two_slashes_and_a_domain():
    text = ("JAKARTA//NSMTVNews.com Polda Lampung menangkap satu pelaku berinisial K yang diduga terlibat menembaki "
            "Mapolda Lampung, Sabtu (6/4).")
    assert place_and_agency(text) == ("JAKARTA", "NSMTVNews.com")


def test_a_place_a_comma_and_a_domain_stays():
    assert place_and_agency("SERANG, JinNewsOne.Com SMAN 4 Kota Serang menggelar lomba.") == ("SERANG",
                                                                                              "JinNewsOne.Com")


@pytest.mark.parametrize("text", [
    "BERITA//NSMTVNews.com Polda Lampung menangkap satu pelaku berinisial K.",
    "FRN//RED.com Polda Lampung menangkap satu pelaku berinisial K.",
])
def test_no_listed_place_before_the_slashes_is_no_dateline(text):
    assert place_and_agency(text) is None

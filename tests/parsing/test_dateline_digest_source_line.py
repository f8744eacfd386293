"""A news digest's source line, an outlet's name, a dash and a date alone on its line (`Jakarta Post - October 21,
2014` above `Ina Parlina, Jakarta/Bogor – Under the scorching sun ...`, an Indonesia news digest's copy): the copy's
source and its date, no dateline; the byline's place below is. An outlet's name before a dash and a sentence stays a
dateline without a place (`Jakarta Post - Under the scorching sun ...`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place", [
    ("Yudhoyono comes home to Cikeas in melancholy\n\nJakarta Post - October 21, 2014\n\nIna Parlina, Jakarta/Bogor – "
     "Under the scorching sun, thousands of people were waiting for former president Susilo Bambang Yudhoyono.",
     "Jakarta/Bogor"),
    ("Russian accosted by locals in Batam for wearing hammer-and-sickle shirt\n\nJakarta Post - January 1, 2017\n\n"
     "Fadli and Jon Afrizal, Batam – A Russian national was accosted by a group of locals while on holiday in Batam.",
     "Batam"),
    ("Indonesia police question Trump partner over alleged threats\n\nAssociated Press - July 6, 2017\n\nJakarta, "
     "Indonesia – Police are questioning the Indonesian business partner of President Donald Trump.",
     "Jakarta, Indonesia"),
])
def test_an_outlets_name_and_a_date_alone_on_its_line_is_no_dateline(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)


def test_an_outlets_name_before_a_dash_and_a_sentence_stays_a_dateline():
    found = parse_dateline("Jakarta Post - Under the scorching sun, thousands of people were waiting for the former "
                           "president.")
    assert found is not None and (found.place, found.agency) == (None, "Jakarta Post")

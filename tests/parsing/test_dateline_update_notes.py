"""A note of the story's update opening the text, in parentheses or brackets (`(Updated 2:59pm, 28 March 2009) KUALA
LUMPUR, 28 March 2009: ...`): the dateline after it opens the story, as it would at the text's start."""

from datetime import date

import pytest

from crawler.parsing import parse_dateline


def test_a_dateline_after_an_update_note():
    text = ("(Updated 2:59pm, 28 March 2009) KUALA LUMPUR, 28 March 2009: The government may allocate about RM200 "
            "billion more under the 2010 budget")
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency, found.date) == ("KUALA LUMPUR", None, date(2009, 3, 28))
    assert text[found.end:].lstrip().startswith("The government")


@pytest.mark.parametrize("text", [
    # a note of an update and the story's sentence: no dateline
    "(Updated 2:59pm, 28 March 2009) The government may allocate about RM200 billion more under the 2010 budget",
    # no note of an update: a caption's parentheses before a headline's words
    "(Ilustrasi) Banjir di Jakarta - Warga mengungsi ke masjid terdekat",
])
def test_no_dateline_after_other_parentheses(text):
    found = parse_dateline(text)
    assert found is None or found.place not in ("The", "Banjir di Jakarta", "Jakarta")

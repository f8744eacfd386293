"""parse_dateline on an outlet's domain written with its link's scheme opening the text (`https://tribratanews.
polresaru.com- Polres ...`, a police desk's copy): the domain is the agency, the scheme no part of it."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


def test_a_domain_after_its_links_scheme():
    text = ("https://tribratanews.polresaru.com- Polres Kepulauan Aru Polda Maluku secara rutin setiap hari "
            "melaksanakan Apel pagi.")
    found = parse_dateline(text)
    assert (found.place, found.agency) == (None, "tribratanews.polresaru.com")
    assert text[found.start:found.end] == "tribratanews.polresaru.com-"


@pytest.mark.parametrize("text", [
    # a link alone, a path after the domain: no dateline
    "https://www.kompas.com/read/2020/01/01/banjir-jakarta",
    "http://example.com",
])
def test_a_link_alone_opens_no_dateline(text):
    assert parse_dateline(text) is None

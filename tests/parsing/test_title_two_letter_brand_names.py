"""Titles closed by the name of the agency whose acronym is the host's brand of two letters (`... - Anadolu Agency` on
aa.com.tr): real `<title>` strings as research notes cite them with their URLs, read with no `<h1>` on the page. The
brand is too short to look for in a part's words, and initials of fewer than three words name no site; the agencies'
table knows `AA` and `Anadolu Agency` for one agency, so the last part that names it names the site. Two words the
letters merely begin, and another agency's name, are the headline's own."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

JAFFNA = "https://www.aa.com.tr/en/world/burnt-rebuilt-jaffna-library-reminds-of-sri-lanka-conflict/153795"


def test_the_agencys_name_for_its_acronym_host_is_the_site():
    assert title_of("Burnt, rebuilt: Jaffna library reminds of Sri Lanka conflict - Anadolu Agency", JAFFNA) == (
        "Burnt, rebuilt: Jaffna library reminds of Sri Lanka conflict")


@pytest.mark.parametrize(("title", "url"), [
    # Two capitalised words the host's letters begin, no agency: the headline's own.
    ("Burnt, rebuilt: Jaffna library reminds of Sri Lanka conflict - Again Abroad", JAFFNA),
    # Another agency's name: the source the headline credits, not this site.
    ("Burnt, rebuilt: Jaffna library reminds of Sri Lanka conflict - Reuters", JAFFNA),
    # The agency's name on a host of other letters.
    ("Munich Security Conference: Zelenskyy urges speedier support - Anadolu Agency",
     "https://www.dw.com/en/munich-security-conference-zelenskyy-urges-speedier-support/a-64745680"),
])
def test_other_last_parts_stay(title, url):
    assert title_of(title, url) == title

"""Titles closed by the host's brand of two letters said alone and the page's date after it (`... – DW – 02/18/2023`
on dw.com): real `<title>` strings as research notes, reference lists and a news app's fixture cite them with their
URLs, read with no `<h1>` on the page. The brand is too short to look for in a part's words; the part that is the
brand alone names the site, and the date after it is the site's tagline slot."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Munich Security Conference: Zelenskyy urges speedier support – DW – 02/18/2023",
     "https://www.dw.com/en/munich-security-conference-zelenskyy-urges-speedier-support/a-64745680",
     "Munich Security Conference: Zelenskyy urges speedier support"),
    ("Rising pesticides use harming farmers, environment: report – DW – 01/12/2022",
     "https://www.dw.com/en/pesticide-atlas-2022/a-60390427",
     "Rising pesticides use harming farmers, environment: report"),
    ("Photos of Mariupol, before and after – DW – 04/24/2022",
     "https://www.dw.com/en/mariupol-before-and-after-pictures-show-extent-of-devastation/a-61570963",
     "Photos of Mariupol, before and after"),
    ("Sustainable cities? – DW – 06/09/2016",
     "https://www.dw.com/en/can-we-make-our-cities-more-sustainable/a-19314650", "Sustainable cities?"),
    ("Por que o preço do petróleo despencou? – DW – 21/04/2020",
     "https://www.dw.com/pt-br/por-que-o-pre%C3%A7o-do-petr%C3%B3leo-despencou/a-53202121",
     "Por que o preço do petróleo despencou?"),
])
def test_the_brand_alone_before_the_date_is_the_site(title, url, expected):
    assert title_of(title, url) == expected
    assert title_of(title, url, site_name="DW") == expected


@pytest.mark.parametrize(("title", "url"), [
    # The same title as another site quotes it, and a headline whose own last part only holds the letters.
    ("Erdogan declared winner of Turkey presidential vote – DW – 06/25/2018",
     "https://www.kompas.com/global/read/2018/06/25/erdogan-declared-winner"),
    ("Hari Santri - NU Online Luncurkan Aplikasi Kitab", "https://nu.or.id/nasional/hari-santri"),
    ("This must be our last IMF bailout - President Mahama",
     "https://ghanaiantimes.com.gh/this-must-be-our-last-imf-bailout-president-mahama/"),
])
def test_a_headline_not_closed_by_the_hosts_brand_stays_whole(title, url):
    assert title_of(title, url) == title

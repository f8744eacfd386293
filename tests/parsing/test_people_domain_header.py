"""An outlet's domain opening the header's time line (`fin.co.id - 12/08/2022, 13:38 WIB`) looks like a writer's login
(`sajadi - <time>`) and names nobody; a login stays the writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import header_lines as header, page  # beside this file

URL = "https://www.contoh-berita.id/read/2022/08/12/berita-kota"


@pytest.mark.parametrize("line", ["fin.co.id - 12/08/2022, 13:38 WIB", "jpnn.com - Senin, 25 Jan 2015 21:46 WIB"])
def test_an_outlets_domain_before_the_time_names_no_writer(line):
    article = parse_article(page(header=header(line)), URL)
    assert article["author"] is None
    assert article["published_at"] is not None


def test_a_login_before_the_time_stays_the_writer():
    assert parse_article(page(header=header("sajadi - 25/01/2015, 21:46 WIB")), URL)["author"] == "sajadi"

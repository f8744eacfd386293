"""Titles closed by the name of a `the<name>` host's outlet without its article and with a word of outlets' names after
it (`... | Borneo Post Online` on theborneopost.com): real headlines of the paper with their URLs from a news API's
items and a research table, in the `<title>` its WordPress pages write with the blog's name (the name its feed's
`The post ... appeared first on Borneo Post Online` gives), read with no `<h1>` on the page. A name as short as a
place's stays a headline's own last word (`... - Borneo`), and a headline's last part that only holds the name is a
headline's (`... - Borneo Post Readers Vote`)."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("headline", "url"), [
    ("With MoU, Anwar set to have 148 MPs on his side for confidence vote",
     "https://www.theborneopost.com/2022/12/16/with-mou-anwar-set-to-have-148-mps-on-his-side-for-confidence-vote/"),
    ("Tradition meets innovation in Courts Raya 2025 campaign",
     "https://www.theborneopost.com/2025/02/18/tradition-meets-innovation-in-courts-raya-2025-campaign/"),
])
@pytest.mark.parametrize("separator", [" | ", " - "])
def test_the_outlets_name_without_the_article_is_the_site(headline, url, separator):
    assert title_of(f"{headline}{separator}Borneo Post Online", url) == headline
    assert title_of(f"{headline}{separator}Borneo Post Online", url, site_name="Borneo Post Online") == headline


@pytest.mark.parametrize(("title", "url"), [
    # A place as short as a headline's last word, a part holding the name among a headline's words, another host.
    ("Floods cut roads across Borneo - Borneo", "https://www.theborneopost.com/2022/12/16/floods-cut-roads/"),
    ("Winners announced - Borneo Post Readers Vote", "https://www.theborneopost.com/2022/12/16/winners-announced/"),
    ("With MoU, Anwar set to have 148 MPs on his side for confidence vote | Borneo Post Online",
     "https://www.malaymail.com/news/malaysia/2022/12/16/with-mou-anwar/44000"),
])
def test_a_headline_not_closed_by_the_outlets_name_stays_whole(title, url):
    assert title_of(title, url) == title

"""A copied story's source as a link in square brackets after `From` closing the text (a news archive blog's copy of
The Star, 2008: `[From http://thestar.com.my/news/story.asp?file=/2008/7/3/nation/20080703200033&sec=nation]`): the
copy's note, no part of the story. A bracketed link inside a sentence, or brackets with words and no link, stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

SOURCE = "[From http://thestar.com.my/news/story.asp?file=/2008/7/3/nation/20080703200033&sec=nation]"
LEAD = ("KUALA LUMPUR: Deputy Prime Minister Datuk Seri Najib Tun Razak read out a statement at a press conference in "
        "Parliament, saying that the statutory declaration by P. Balasubramaniam was a \"red herring\".")
LAST = ("The parties responsible (for the statutory declaration) should be prepapred to accept any consequences if the "
        "authorities uncover any legal wrongdoing.\"")


def read(*lines: str) -> str:
    body = "<br /><br />".join(lines)
    html = ("<html><head><title>Archive: DPM says statutory declaration is a red herring</title></head><body>"
            "<div class='post hentry'><h3 class='post-title entry-title'>DPM says statutory declaration is a ‘red "
            f"herring’ - The Star</h3><div class='post-body entry-content'>{body}</div></div></body></html>")
    return parse_article(html.encode(), "http://malaysianewsarchive.blogspot.com/2008/07/dpm-says.html")["body"]


@pytest.mark.parametrize("note", [SOURCE, "[Source: http://www.example.com.my/news/2010/5/1/story.html]"])
def test_the_bracketed_source_link_leaves_the_body(note):
    body = read(LEAD, LAST, note)
    assert body.endswith("uncover any legal wrongdoing.\"")
    assert "[From" not in body and "[Source" not in body


@pytest.mark.parametrize("line", [
    "[Updated with the minister's reply]",  # words, no link
    "The statement was posted online [from http://thestar.com.my] before noon.",  # a sentence around it
])
def test_other_brackets_stay(line):
    assert read(LEAD, LAST, line).endswith(line)

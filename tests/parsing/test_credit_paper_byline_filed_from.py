"""A newspaper's byline on the line opening its text, copied whole by an archive of its stories: the writer, the paper
and the place the story was filed from (The Jakarta Post 2003: `Muhammad Nafik, The Jakarta Post, Jakarta`). The
writer is the author, the place the dateline's when the lead writes none, and the line leaves the text. A sentence
naming people and a paper, a list of names and a lead's own dateline stay as they are."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.credits import paper_byline
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Republika newspaper denied on Thursday The Jakarta Post's report that certain members from President "
         "Megawati Soekarnoputri's political party injected fresh funds into the Islamic-based newspaper.")
SECOND = ("PT Abdi Bangsa, the publisher of the Republika daily, also is considering a lawsuit against the Post for "
          "allegedly damaging its image as an independent newspaper and a publicly listed company.")

PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>'Republika' denies being acquired by PDI-P, mulls lawsuit</title>
<meta property="og:title" content="'Republika' denies being acquired by PDI-P, mulls lawsuit" />
<meta property="article:published_time" content="2003-11-14T00:00:00+07:00" /></head>
<body class="single single-post"><article class="post type-post status-publish hentry">
<header class="entry-header"><div class="newsitem-date">Fri, 14 Nov 2003</div>
<h1 class="entry-title">'Republika' denies being acquired by PDI-P, mulls lawsuit</h1></header>
<div class="entry-content"><p>Muhammad Nafik, The Jakarta Post, Jakarta</p><p>{FIRST}</p><p>{SECOND}</p></div>
</article></body></html>"""


def test_the_byline_names_the_writer_and_where_the_story_was_filed():
    item = parse_article(PAGE, "https://jawawa.id/newsitem/republika-denies-being-acquired-by-pdi-p-mulls-lawsuit")
    assert item["author"] == "Muhammad Nafik"
    assert item["dateline"]["place"] == "Jakarta"
    assert item["body"] == f"{FIRST}\n\n{SECOND}"
    assert paper_byline("Apriadi Gunawan, The Jakarta Post, Medan") == ("Apriadi Gunawan", "The Jakarta Post", "Medan")


def test_the_lead_s_own_dateline_wins():
    lead = "DENPASAR (JP): " + FIRST
    result = clean_body([Block("Wayan Juniartha, The Jakarta Post, Denpasar"), Block(lead), Block(SECOND)])
    assert result.byline_author == "Wayan Juniartha"
    assert result.dateline is not None and result.dateline.place == "DENPASAR"
    assert result.paragraphs == [FIRST, SECOND]


def test_sentences_lists_and_other_lines_stay():
    for line in ("Muhammad Nafik, The Jakarta Post, Jakarta, reported that the publisher denied it.",
                 "Budi Santoso, Andi Wijaya, Jakarta",
                 "Redaksi, The Jakarta Post, Jakarta",
                 "Muhammad Nafik, The Jakarta Post, Thursday",
                 "Menurut Budi, The Jakarta Post, Jakarta"):
        assert paper_byline(line) is None, line
    line = "Budi Santoso, Andi Wijaya, Jakarta"
    assert clean_body([Block(line), Block(FIRST)]).paragraphs == [line, FIRST]

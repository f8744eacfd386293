"""A blog theme's comment count quoting the post's title (`5 Responses to “Ku Li refutes Bernama report”`) opens the
readers' comments: none of them is text, however many (`Eric says:`, `Bernama is doing its job ...`). An old share
plugin's `Post to` row (`Post to Twitter Post to Google Buzz Post to Delicious Post to Digg Post to Facebook Post to
StumbleUpon`) is no paragraph. A sentence quoting a title after such words, or posting to a platform, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Razaleigh said he was calling a press conference at his office this afternoon to discuss his actual view of the "
        "cabinet, the economy, and what the recent by-elections mean.",
        "It also quoted him as saying the new leadership should be given the opportunity to bring changes."]
SHARE_ROW = "Post to Twitter Post to Google Buzz Post to Delicious Post to Digg Post to Facebook Post to StumbleUpon"


def test_the_row_and_the_comments_go():
    blocks = [Block(TEXT[0]), Block(TEXT[1]), Block(SHARE_ROW), Block("Tags: , , , ,"),
              Block("5 Responses to “Ku Li refutes Bernama report”"), Block("Eric says:"),
              Block("Bernama is doing its job as BN’s propaganda agency."), Block("PM says:"),
              Block("Well, the news spin is to be expected of a media controlled by the BN government.")]
    assert clean_body(blocks).paragraphs == TEXT
    assert is_noise(SHARE_ROW)


def test_sentences_stay():
    assert not is_noise("Post to Twitter was how the minister answered his critics.")
    line = "He gave 5 responses to “the critics”, the report said."
    assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == [TEXT[0], line, TEXT[1]]

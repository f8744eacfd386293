"""A WordPress theme's footer under the text: the author box (`About <Name>` over the writer's bio), a `Check Also` box
whose linked headline has its excerpt cut short under it, and the comment box counted in words (`One comment`, `Satu
komentar`) or closed (`Comments are closed.`, `Komentar ditutup.`). A subheading over the text, a paragraph trailing
off after an insert's links and sentences with the same words stay."""

from __future__ import annotations

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

TEXT = ["Chief Minister Pehin Sri Abdul Taib Mahmud has rebuked Metro Ahad (Harian Metro) for its report which alleged "
        "that certain Penan group in upper Baram was practising incest.",
        "He was quoted as saying that such negative reporting was uncalled for especially when the government has been "
        "trying so hard to promote good racial relations in the country.",
        "He was also quoted as saying that if there is nothing good to say about something, then it is best to keep "
        "quiet."]
BIO = ("Loves gadgets and staying up-to-date with technology trends and social media. Sometimes reviews gadgets and "
       "telco packages because he has nothing else better to do.")
HEADLINE = "Harian Metro apologize to the Penans and people of Sarawak again"
ENTRY = Block(HEADLINE, [Link(HEADLINE, "https://sarawakbloggers.net/harian-metro-apologize/",
                              "https://sarawakbloggers.net/")])
EXCERPT = ("Harian Metro has issued a second apology to the Penan people in regards to their article entitled "
           "“Ibuku ...")
COMMENT = "I wonder if the reporter for the original article will be allowed back into Sarawak…"


def _cleaned(blocks: list[Block]):
    return clean_body([*map(Block, TEXT), *blocks])


def test_the_author_box_the_check_also_box_and_the_comments_leave_the_body():
    result = _cleaned([Block("About Cyril Dason"), Block(BIO), Block("Check Also"), ENTRY, Block(EXCERPT),
                       Block("One comment"), Block(COMMENT)])
    assert result.paragraphs == TEXT
    assert [entry["title"] for entry in result.related] == [HEADLINE]


def test_an_author_box_closing_the_container_leaves_the_body():
    assert _cleaned([Block("Tentang Cyril Dason"), Block(BIO)]).paragraphs == TEXT


def test_closed_comments_leave_the_body():
    for notice in ("Comments are closed.", "Komentar ditutup."):
        assert _cleaned([Block(notice)]).paragraphs == TEXT


def test_a_comment_count_in_indonesian_words_ends_the_text():
    assert _cleaned([Block("Satu komentar"), Block(COMMENT)]).paragraphs == TEXT


def test_a_subheading_about_a_name_over_the_text_stays():
    lines = ["About Cyril Dason", BIO, "He was quoted as saying the report was uncalled for."]
    assert _cleaned(list(map(Block, lines))).paragraphs == [*TEXT, *lines]


def test_a_paragraph_trailing_off_after_an_inserts_links_stays():
    trailing = "Dia pun hanya bisa berkata, “Entahlah ..."
    after = "Warga lain mengatakan hal yang sama kepada wartawan."
    blocks = [Block("Baca juga:"), ENTRY, Block(trailing), Block(after)]
    assert _cleaned(blocks).paragraphs == [*TEXT, trailing, after]


def test_a_sentence_with_the_words_stays():
    line = "One comment was enough to start the row, he said."
    assert _cleaned([Block(line)]).paragraphs == [*TEXT, line]

"""A wire's copy dated from a listed place in title case and its country, a colon for the dash, spaced or not (a portal's
copy of an NNN-Bernama story, 2008: `By NNN-Bernama,` over `Shah Alam, Malaysia : Inspector-General of Police Musa
Hassan said today ...`): the place and its country are the dateline's, the lead follows the colon. A label and a word
after a comma, or a person's name before a place, is no dateline."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from dateline_readings import place_and_agency  # beside this file

LEAD = ("Shah Alam, Malaysia : Inspector-General of Police Musa Hassan said today he is awaiting feedback from the "
        "Indian police pertaining to the media reports there which alleged that some of the assailants involved in the "
        "Mumbai terrorist attack over the weekend had used Malaysian addresses to rent an apartment in the city.")


@pytest.mark.parametrize("text, reading", [
    (LEAD, ("Shah Alam, Malaysia", None)),
    ("Kuala Lumpur, Malaysia: The police said today they had arrested two men.", ("Kuala Lumpur, Malaysia", None)),
    ("Shah Alam, Malaysia - Inspector-General of Police Musa Hassan said today.", ("Shah Alam, Malaysia", None)),
    # near misses
    ("Catatan, Penting: Ini adalah catatan redaksi.", None),  # a label and a word, no listed place
    ("Budi Santoso, Jakarta: Saya setuju dengan usulan itu.", None),  # a person's name before the place
])
def test_the_place_and_its_country_before_a_colon(text, reading):
    assert place_and_agency(text) == reading


def test_the_copy_s_page_reads_the_dateline_and_the_lead():
    paragraphs = "".join(f"<p>{line}</p>" for line in (
        "By NNN-Bernama,", LEAD,
        "“Political leaders who organise illegal assemblies can be equated as criminals,” he added."))
    html = ("<html><head><title>Malaysia police awaiting feedback</title></head><body><article class='post hentry'>"
            "<h1 class='entry-title'>Malaysia police awaiting feedback on alleged Malaysian link to Mumbai attack</h1>"
            f"<div class='entry-content'>{paragraphs}</div></article></body></html>")
    item = parse_article(html.encode(), "https://twocircles.net/2008dec04/malaysia_police_awaiting_feedback.html")
    assert item["dateline"]["place"] == "Shah Alam, Malaysia"
    assert item["body"].startswith("Inspector-General of Police Musa Hassan")

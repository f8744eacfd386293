"""An English site's app banner left as a line under the text (Sarawak Tribune 2024: `Download from Apple Store or
Play Store.`): no text, the stores named either way round. A sentence about an app's download stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.newsarawaktribune.com.my/our-border-police-are-prepared/"
LEAD = ("KUCHING: Police personnel on duty at Sarawak’s borders are prepared to face any threat that could harm the "
        "peace and security of the state.")
LAST = ("“Although there is not much losses incurred in these (unoccupied) houses, it is still a criminal case,” he "
        "explained.")


def page(after: str) -> bytes:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Our border police are prepared</title>"
            "<meta property='article:published_time' content='2024-11-28T17:40:00+08:00'></head><body><article>"
            f"<h1 class='entry-title'>Our border police are prepared</h1><div class='entry-content'><p>{LEAD}</p>"
            f"<p>{LAST}</p><p>{after}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("call", ["Download from Apple Store or Play Store.", "Download from Play Store or App Store",
                                  "Get it on Google Play Store"])
def test_the_app_call_is_no_text(call):
    assert parse_article(page(call), URL)["body"].endswith("he explained.")


def test_a_sentence_about_the_download_stays():
    sentence = "The app can be downloaded from Apple Store or Play Store from next week, the ministry said."
    assert parse_article(page(sentence), URL)["body"].endswith(sentence)

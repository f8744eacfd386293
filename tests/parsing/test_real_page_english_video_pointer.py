"""An English copy's pointer to a video under the text, its title quoted and `here` closing it (asiacity.news's copy of
detik: `Watch the video “Military Denies Members Were Provocateurs in Chaotic Demo: That’s a False Narrative!” here:`),
as detik's own `Simak Video "..."`: no text. A sentence asking to watch a video stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://asiacity.news/indonesia/jakarta/1240-people-from-outside-jakarta-arrested-following-riots-in-jakarta"
LEAD = ("Jakarta – 1,240 people have been arrested in connection with the riots in Jakarta. The Metro Jaya Police Chief "
        "stated that the arrested individuals came from outside Jakarta.")
LAST = ("“For those expressing their opinions peacefully, there is no issue. We hope that Jakarta will become "
        "increasingly safe and peaceful in the future,” he said.")


def page(after: str) -> bytes:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>1,240 people from outside Jakarta "
            "arrested</title><meta property='article:published_time' content='2025-09-01T10:12:00+07:00'></head><body>"
            f"<article><h1>1,240 people from outside Jakarta arrested</h1><div class='detail__body-text'><p>{LEAD}</p>"
            f"<p>{LAST}</p><p>{after}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("pointer", [
    "Watch the video “Military Denies Members Were Provocateurs in Chaotic Demo: That’s a False Narrative!” here:",
    'Watch also the video "Prabowo Orders Firm Action Against Rioters" below:',
])
def test_the_video_pointer_is_no_text(pointer):
    assert parse_article(page(pointer), URL)["body"].endswith("in the future,” he said.")


def test_a_sentence_asking_to_watch_stays():
    sentence = "Watch the video of the arrests before judging the police, the chief told reporters on Monday."
    assert parse_article(page(sentence), URL)["body"].endswith(sentence)

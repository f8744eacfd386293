"""Words after a dotted abbreviation in small letters closing the last sentence (ANTARA English: `... at 7:45 a.m. local
time.`) are the sentence's, not a writer's name in small letters after it (Koran Tempo's `... jurnalistik. faidil
akbar`): the stop of `a.m.` or `p.m.` ends no sentence. Real lines (bali.antaranews.com English, 2015) in a reduced page
of the bureau's template; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import split_signature
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://bali.antaranews.com/berita/68989/president-jokowi-leaves-for-east-java"
LEAD = ("Jakarta (Antara Bali)- President Joko Widodo (Jokowi) and First Lady Iriana here, Friday, left for East Java "
        "Province, for a two-day working visit.")
DEPARTED = ("He and his entourage departed from Halim Perdanakusuma air force base, eastern Jakarta, at 7:45 a.m. local "
            "time.")
SCHEDULED = "The head of state is scheduled to visit Madiun and Ponorogo cities. (WDY)"


def _page(*paragraphs: str) -> str:
    return ("<html><head><title>President Jokowi leaves for East Java - ANTARA News</title></head><body>"
            "<div class='bjbrt'><h1 class='title'><strong>President Jokowi leaves for East Java</strong></h1>"
            "<div class='date mt10'>Jumat, 6 Maret 2015 09:15 WIB</div><div id='content_news'>"
            + "<br />\n<br />\n".join(paragraphs)
            + "<p class='date'>COPYRIGHT &copy; ANTARA News Bali 2015</p></div></div></body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_short_last_paragraph_after_a_local_time_stays_the_texts(profile):
    # The old reading took `local time` for the writer's code and dropped the short line after it as the page's.
    body = parse_article(_page(LEAD, DEPARTED, SCHEDULED), URL, profile=profile)["body"]
    assert body.endswith(f"{DEPARTED}\n\nThe head of state is scheduled to visit Madiun and Ponorogo cities.")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_last_paragraph_closing_on_local_time_keeps_it(profile):
    body = parse_article(_page(LEAD, DEPARTED), URL, profile=profile)["body"]
    assert body.endswith(DEPARTED)


@pytest.mark.parametrize("text", [DEPARTED, "The quake struck off the coast of Bengkulu at 3:12 p.m. western time."])
def test_words_after_a_dotted_abbreviation_are_no_signature(text):
    assert split_signature(text) == (text, None)


@pytest.mark.parametrize(("text", "code"), [
    # A name in small letters after a sentence's stop still signs it; so does one after an upper-case abbreviation's.
    ("Kapal itu berbobot di atas 200 gross ton (GT). isa", "isa"),
    ("Wartawan diminta menaati tata krama jurnalistik. faidil akbar", "faidil akbar"),
])
def test_a_name_in_small_letters_after_a_sentence_still_signs_it(text, code):
    assert split_signature(text)[1] == {"raw": code, "codes": [code]}

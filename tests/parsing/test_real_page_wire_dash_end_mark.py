"""A wire's story closing with a run of dashes after a space, as its dateline opens with one (Oman News Agency:
`Muscat, Nov 3 (ONA) —- Before His Majesty ... at Al Barakah Palace this morning.   —-`, `Muscat, Nov 2 (ONA) --- ...
the friendly people of his country.   ---`): the mark is no text. Dashes glued to an amount (`Rp 50.000.--`), after a
comma, or a dash inside the text stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://omannews.gov.om/topics/en/102/show/100000"
OATH = ("Muscat, Nov 3 (ONA) —- Before His Majesty Sultan Haitham Bin Tarik, Sheikh Abdulmalik bin Abdullah bin Ali "
        "al-Khalili, Chairman of the State Council took the oath of office at Al Barakah Palace this morning.   —-")
CABLE = ("Muscat, Nov 2 (ONA) --- His Majesty Sultan Haitham Bin Tarik has sent a cable of congratulations to President "
         "Laurentino Cortizo of the Republic of Panama on his country's National Day.        In the cable, His Majesty "
         "expressed his sincere congratulations and best wishes to President Cortizo and the friendly people of his "
         "country.   ---")


def page(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>ONA</title></head><body><article>"
            "<h1>Chairman of the State Council takes oath before His Majesty</h1><div class='date'>03 Nov 2020 12:40</div>"
            f"<div class='news-body'>{body}</div></article></body></html>").encode()


@pytest.mark.parametrize("text, end", [(OATH, "at Al Barakah Palace this morning."),
                                       (CABLE, "the friendly people of his country.")])
def test_the_wire_s_closing_dashes_leave_the_text(text, end):
    item = parse_article(page(text), URL)
    assert item["dateline"]["place"] == "Muscat"
    assert item["body"].endswith(end)


@pytest.mark.parametrize("last", ["Harga tiket masuk ditetapkan Rp 50.000.--",
                                  "Harga tiket masuk ditetapkan Rp 50.000,--",
                                  "The council met in Muscat -- the first time since March."])
def test_dashes_that_are_the_text_s_stay(last):
    opening = "Muscat, Nov 3 (ONA) -- The State Council held its regular session this morning at its headquarters."
    assert parse_article(page(opening, last), URL)["body"].endswith(last)

"""A wire's picture copied with its caption inside a story, the caption closed by the photo credit, its year and its
reserved rights (The Star 2017 quoting Harian Metro, Bernama's picture: `KUALA PILAH, 10 Ogos -- Sepasang suami isteri
... untuk dibedah siasat.--fotoBERNAMA (2017) HAK CIPTA TERPELIHARA`): the caption is no text, and its place is no
dateline of the story. A sentence naming the rights stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://m.thestar.com.my/story.aspx?hl=Runaway-tyres-slam-fatally-into-couple&sec=news"
LEAD = ("IN a freak accident, a couple on a scooter died after two tyres came loose off a tipper lorry and slammed "
        "into them, reported Harian Metro.")
CAPTION = ("KUALA PILAH, 10 Ogos -- Sepasang suami isteri yang menunggang motosikal maut apabila dua biji tayar lori "
           "yang membawa muatan pasir secara tiba-tiba tercabut dan terpelanting ke arah pasangan itu dalam kejadian "
           "pukul 10.55 pagi tadi di KM 10 Jalan Kuala Pilah - Batu Kikir, Kuala Pilah, dekat sini, hari ini.Mayat "
           "dihantar ke Hospital Tuanku Najihah untuk dibedah siasat.")
MORE = ("<p>Azizan Sahari, 43, and his wife Norbaiti Awang, 44, who were riding home to Taman Putra near Juaseh in "
        "Kuala Pilah, died on the spot from the impact of the runaway tyres.</p><p>The incident happened at about "
        "10.55am on Thursday. Both were thrown off their machine and fell against a barbed wire fence.</p><p>The "
        "lorry driver Rosli Abdul Rahim, 49, apologised profusely to the victims’ family.</p>")
LAST = ("The couples, who were not married, are to be handed over to the state Religious Department for further "
        "action.")


def page(middle: str) -> bytes:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Runaway tyres slam fatally into couple"
            "</title><meta property='article:published_time' content='2017-08-12T00:00:00+08:00'></head><body>"
            f"<article><h1>Runaway tyres slam fatally into couple</h1><div class='story'><p>{LEAD}</p>{MORE}<p>{middle}</p>"
            f"<p>{LAST}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("credit", ["--fotoBERNAMA (2017) HAK CIPTA TERPELIHARA",
                                    " -- fotoBERNAMA (2017) HAK CIPTA TERPELIHARA",
                                    "--photoBERNAMA (2019) ALL RIGHTS RESERVED"])
def test_the_credited_caption_is_no_text(credit):
    item = parse_article(page(CAPTION + credit), URL)
    assert "Sepasang suami isteri" not in item["body"]
    assert item["body"].startswith("IN a freak accident")
    assert item["dateline"] is None or item["dateline"]["place"] != "KUALA PILAH"


def test_a_sentence_naming_the_rights_stays():
    sentence = "The photographs, the agency said, remain its own, with all rights reserved."
    assert sentence in parse_article(page(sentence), URL)["body"]

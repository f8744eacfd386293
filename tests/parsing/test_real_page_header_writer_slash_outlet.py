"""A header byline may follow the writer's name with the outlet's after a slash, in small letters as in its address,
then the role and the time (Okezone's photo pages of 2014: `Arif Julianto/okezone, Jurnalis · Rabu 24 September 2014
18:43 WIB`): the writer is the name before the slash. The outlet's name alone before its slash names no writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://foto.okezone.com/view/2014/09/24/1/16439/macet-dampak-demo-fpi-di-dprd-dki-jakarta"
TITLE = "Macet Dampak Demo FPI di DPRD DKI Jakarta"
TEXT = ("<p>Kendaraan terjebat kemacetan di Jalan Kebon Sirih akibat unjuk rasa dari ormas yang tergabung dalam Front "
        "Pembela Islam (FPI) dan Forum Betawi Bersatu (FBB) di depan Kantor DPRD DKI Jakarta, Rabu (24/9/2014). Dalam "
        "aksinya, massa FPI dan FBB menolak Basuki Tjahaja Purnama atau Ahok menjadi gubernur DKI Jakarta.</p>"
        "<p>(jul)</p>")


def _page(line: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article class='detail'><div class='detail__header'>"
            f"<h1 class='detail__title'>{TITLE}</h1><div class='detail__date'>{line}</div></div>"
            f"<div class='detail__body-text'>{TEXT}</div></article></body></html>")


@pytest.mark.parametrize("line", ["Arif Julianto/okezone, Jurnalis · Rabu 24 September 2014 18:43 WIB",
                                  "Arif Julianto/Okezone · Rabu 24 September 2014 18:43 WIB",
                                  "Arif Julianto, Jurnalis · Rabu 24 September 2014 18:43 WIB"])
def test_the_writer_before_the_outlet_s_slash(line):
    item = parse_article(_page(line), URL)
    assert (item["author"], item["published_at"]) == ("Arif Julianto", "2014-09-24T18:43:00+07:00")


def test_the_outlet_alone_names_no_writer():
    assert parse_article(_page("Okezone/okezone · Rabu 24 September 2014 18:43 WIB"), URL)["author"] is None

"""A writer's box under the text, its label over the name and the bio under it opening with that name (Carz 2022's
Malay `Ditulis pada` over `Suhana Veru` over `Suhana Veru merupakan bekas wartawan Kosmo. ...`): the name is the
author, nothing from the label on is text. A label whose next lines are no such box stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.carz.com.my/ms/webview/2022/09/ubah-laluan-punca-kemalangan"
LEAD = "Gara-gara tukar lorong secara tiba-tiba, seorang pemandu lori menemui ajal."
LAST = ("Kejadian berkenaan turut menyebabkan orang ramai terperangkap dalam kesesakan sepanjang 7 kilometer.")
BIO = "Suhana Veru merupakan bekas wartawan Kosmo. Berkecimpung dalam dunia wartawan hampir 14 tahun."


def page(*after: str) -> bytes:
    tail = "".join(f"<p>{line}</p>" for line in after)
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='utf-8'><title>Ubah laluan Punca Kemalangan</title>"
            "<meta property='article:published_time' content='2022-09-06T10:00:00+08:00'></head><body><article>"
            f"<h1 class='entry-title'>Ubah laluan Punca Kemalangan</h1><div class='entry-content'><p>{LEAD}</p>"
            f"<p>{LAST}</p>{tail}</div></article></body></html>").encode()


@pytest.mark.parametrize("after", [
    ("Ditulis pada", "Suhana Veru", BIO),
    ("Ditulis pada", "Suhana Veru"),
    ("Written by", "Suhana Veru", BIO),
])
def test_the_writer_box_names_the_author(after):
    item = parse_article(page(*after), URL)
    assert item["body"].endswith("sepanjang 7 kilometer.")
    assert item["author"] == "Suhana Veru"


def test_a_label_over_other_lines_stays():
    after = ("Ditulis pada", "Suhana Veru", "Kemalangan itu berlaku pada petang semalam, kata polis dalam kenyataan.")
    assert parse_article(page(*after), URL)["body"].endswith("kata polis dalam kenyataan.")

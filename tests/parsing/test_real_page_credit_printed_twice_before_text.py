"""The outlet's credit printed twice before the text, the template's and the writer's (JPNN 2017's `jpnn.com - jpnn.com
- Calon Gubernur DKI Jakarta Basuki Tjahaja Purnama mengikuti acara nonton bareng ...`): both leave, the text opens
after the second, and the lead printed again under the last paragraph (the page's description) is known for the lead
and leaves. The outlet's name opening the text's own sentence after the credit stays (`jpnn.com - jpnn.com mencatat
...`), and so does a place opening the sentence after a place's dateline (`Jakarta - Jakarta menjadi ...`)."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

URL = "https://m.jpnn.com/news/nonton-jakarta-undercover-ahok-pengen-tahu-aja"
LEAD = ("Calon Gubernur DKI Jakarta Basuki Tjahaja Purnama mengikuti acara nonton bareng film Moammar Emka's Jakarta "
        "Undercover, yang disutradarai Fajar Nugros.")
TEXT = [LEAD, "Pria yang karib disapa Ahok itu mengaku penasaran ingin melihat film yang tayang sejak 23 Februari 2017 lalu.",
        "\"Pengen tahu aja,\" kata Ahok di Lotte Shopping Avenue XXI, Kuningan, Jakarta, Rabu (8/3).",
        "\"Perputaran filmnya jadi panjang,\" ujar Ahok."]


def _clean(first: str, rest: list[str]):
    return clean_body([Block(first), *(Block(text) for text in rest)])


def test_the_credit_printed_twice_leaves_and_the_text_opens_after_it():
    result = _clean(f"jpnn.com - jpnn.com - {LEAD}", TEXT[1:])
    assert result.paragraphs == TEXT
    assert result.dateline is not None and result.dateline.agency == "JPNN" and result.dateline.place is None


def test_the_lead_printed_again_under_the_text_leaves_with_it():
    result = _clean(f"jpnn.com - jpnn.com - {LEAD}", [*TEXT[1:], LEAD,
                                                       "Silakan baca konten menarik lainnya dari JPNN.com di Google News"])
    assert result.paragraphs == TEXT


def test_the_whole_page_reads_from_the_text():
    paragraphs = "".join(f"<p>{line}</p>" for line in [f"jpnn.com - jpnn.com - {LEAD}", *TEXT[1:], LEAD])
    page = (f"<html><head><title>Nonton Jakarta Undercover, Ahok: Pengen Tahu Aja</title><link rel=\"canonical\" "
            f"href=\"{URL}\"></head><body><article><h1>Nonton Jakarta Undercover, Ahok: Pengen Tahu Aja</h1>"
            f"<div class=\"date\">Rabu, 08 Maret 2017 – 18:22 WIB</div><div class=\"page-content\">{paragraphs}</div>"
            f"</article></body></html>").encode()
    item = parse_article(page, URL)
    assert item["body"].startswith("Calon Gubernur DKI Jakarta") and "jpnn.com -" not in item["body"]
    assert item["body"].endswith("ujar Ahok.")


def test_the_outlets_name_opening_the_texts_sentence_stays():
    sentence = "jpnn.com mencatat sedikitnya 40 film nasional tayang sepanjang kuartal pertama 2017."
    assert _clean(f"jpnn.com - {sentence}", TEXT[1:]).paragraphs[0] == sentence


def test_a_place_opening_the_sentence_after_a_places_dateline_stays():
    sentence = "Jakarta menjadi tuan rumah festival film pendek se-Asia Tenggara pada pekan depan."
    assert _clean(f"Jakarta - {sentence}", TEXT[1:]).paragraphs[0] == sentence

"""An aggregator's copy closing with its source's address after a link's icon (a Malay aggregator's copy of Kosmo
2026: `... keluar dari negara itu. – AFP` over `🔗 Source: https://www.kosmo.com.my/2026/01/03/harap-maduro-masih-
bernyawa/`): the line is no text, as `Source: <address>` is, and the wire's credit over it closes the text. A sentence
with the icon and a link in it stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_credit_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("CARACAS – Naib Presiden Venezuela, Delcy Rodriguez hari ini menggesa Amerika Syarikat (AS) untuk menunjukkan "
        "bukti pemimpinnya, Nicolas Maduro yang ditangkap bersama isteri, masih bernyawa.")
LAST = ("Terdahulu, Presiden Donald Trump mengumumkan bahawa Maduro dan Flores telah ditangkap oleh tentera AS dan "
        "diterbangkan keluar dari negara itu. – AFP")
SOURCE = "🔗 Source: https://www.kosmo.com.my/2026/01/03/harap-maduro-masih-bernyawa/"


def test_the_source_line_after_the_icon_leaves_the_text():
    assert is_credit_line(SOURCE)
    assert is_credit_line("🔗Source: https://www.utusan.com.my/nasional/2026/01/kpdn-johor-siasat/")
    paragraphs = clean_body([Block(LEAD), Block(LAST), Block(SOURCE)]).paragraphs
    assert paragraphs[-1].endswith("keluar dari negara itu.")
    assert not any("kosmo" in paragraph for paragraph in paragraphs)


def test_a_sentence_with_the_icon_and_a_link_stays():
    line = "🔗 Pautan pendaftaran dibuka hingga Jumaat ini di laman rasmi kementerian, https://www.kpdn.gov.my."
    assert not is_credit_line(line)

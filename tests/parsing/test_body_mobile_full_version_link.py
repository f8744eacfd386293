"""A mobile edition's link to the desktop page, alone on its line over the headline and under the text (VOA-Islam's
`View Full Version`), is no text; with it gone the writer's code closing the last paragraph (`(bsyr)`) signs the
story off, the box's label left between them (`latestnews`) with it. A sentence naming a full version stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Haniyah juga menandaskan bahwa Indonesia adalah negara Muslim terbesar yang merupakan aset strategi bagi "
        "Palestina.",
        "Kepala delegasi juga menyampaikan upaya yang dibangun oleh lembaga sosial di Indonesia karena menilai bahwa "
        "permasalah Palestina adalah sangatlah penting bagi Indonesia. (bsyr)"]


def test_the_link_is_no_text_and_the_code_signs_off():
    body = clean_body([Block("View Full Version"), Block(TEXT[0]), Block(TEXT[1]), Block("latestnews"),
                       Block("View Full Version")])
    assert body.paragraphs == [TEXT[0], TEXT[1].removesuffix(" (bsyr)")]
    assert body.signature is not None and body.signature["raw"] == "(bsyr)"


def test_a_sentence_naming_a_full_version_stays():
    line = "View full version of the report on the ministry's site, the spokesman said."
    assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0], line]

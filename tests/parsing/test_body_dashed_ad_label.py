"""An ad slot's label between dashes, as a WordPress news theme titles it between the paragraphs (a Malay portal's `-
Advertisement -` over the text and `-- Iklan --` under it, a Brunei paper's misspelt `- Advertisment -`): the page's,
not text. A dashed line saying more than the label stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Belum ada bukti atau maklumat minyak masak paket yang ditemukan terapung di perairan Indonesia yang tular di "
        "media sosial dibawa dari Malaysia, kata Menteri Komunikasi dan Multimedia Tan Sri Annuar Musa.",
        "Annuar berkata sehubungan itu orang ramai diminta tidak membuat andaian sehingga ada kenyataan sahih dari "
        "pihak berkaitan mengenai berita berkenaan."]


def test_dashed_ad_labels_go():
    for label in ("- Advertisement -", "-- Iklan --", "- Advertisment -"):
        blocks = [TEXT[0], label, TEXT[1], label]
        assert clean_body([Block(text) for text in blocks]).paragraphs == TEXT, label


def test_a_dashed_line_saying_more_stays():
    line = "- Iklan layanan masyarakat dari Pemkab -"
    blocks = [TEXT[0], line, TEXT[1]]
    assert clean_body([Block(text) for text in blocks]).paragraphs == [TEXT[0], line, TEXT[1]]

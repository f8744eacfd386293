"""The page's standfirst printed again between the paragraph the writer's code closes and the closing credits (JPNN's
`... ujar AKBP Dody. (mcr36/jpnn)`, then `Polres Indragiri Hulu menyosialisasi pemilu damai 2024 sampai ke pelosok
negeri. Dengan perahu, sampai harus melintasi sarang buaya.` over `Redaktur : Mufthia Ridwan`): the code ended the
text. A paragraph after a code with no credits under it, a short line and a paragraph after a paragraph with no code
stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = "Untuk sampai di lokasi itu tidaklah mudah. Polisi harus menggunakan perahu motor kecil, dan melintasi sarang buaya."
MIDDLE = ("Menurut data yang terkumpul, sudah empat kali terjadi konflik manusia dengan buaya di perairan yang dilintasi "
          "polisi untuk sampai perkampungan masyarakat di pinggiran Sungai Indragiri.")
QUOTE = ('"Selain sosialisasi pemilu damai, kami juga mengimbau masyarakat agar jangan ada yang tidak berpartisipasi, atau '
         'golput. Karena satu suara dapat menentukan nasib bangsa ke depan,” ujar AKBP Dody.')
CODE = " (mcr36/jpnn)"
STANDFIRST = ("Polres Indragiri Hulu menyosialisasi pemilu damai 2024 sampai ke pelosok negeri. Dengan perahu, sampai harus "
              "melintasi sarang buaya.")
CREDITS = [Block("Redaktur : Mufthia Ridwan"), Block("Reporter : Rizki Ganda Marito")]


def test_the_standfirst_after_the_code_goes():
    cleaned = clean_body([Block(LEAD), Block(MIDDLE), Block(QUOTE + CODE), Block(STANDFIRST), *CREDITS])
    assert cleaned.paragraphs == [LEAD, MIDDLE, QUOTE]
    assert cleaned.signature["raw"] == CODE.strip()


def test_paragraphs_not_so_placed_stay():
    # No code over it: the text's own last paragraph.
    assert clean_body([Block(LEAD), Block(MIDDLE), Block(STANDFIRST), *CREDITS]).paragraphs == [LEAD, MIDDLE, STANDFIRST]
    # No credits under it: the code stood mid-text.
    assert STANDFIRST in clean_body([Block(LEAD), Block(QUOTE + CODE), Block(STANDFIRST), Block(MIDDLE)]).paragraphs
    # A short line is no standfirst.
    short = "Sosialisasi berlanjut pekan depan."
    assert short in clean_body([Block(LEAD), Block(MIDDLE), Block(QUOTE + CODE), Block(short), *CREDITS]).paragraphs

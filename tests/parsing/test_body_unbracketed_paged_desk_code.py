"""The writers' initials in lower case and the page desk's numbered code, slashed and with no brackets after the last
sentence (Koran Jakarta's `... kata Boutros Marjana. ils/rtr/P-4`), close the text as the bracketed `(ils/rtr/P-4)`
does: the code leaves the paragraph and is its signature. A sentence naming a model or a road after a slash stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Sejauh ini belum diperoleh keterangan dari pemerintah Suriah terkait gencatan senjata ini. Bahkan penghentian "
        "tembak-menembak sama sekali tak disinggung siaran berita televisi nasional Suriah.")
LAST = ("\"Tak ada rincian kesepakatan itu disampai kan kepada kami, tetapi pemerintah Suriah memiliki latar "
        "belakangnya,\" kata Boutros Marjana.")


@pytest.mark.parametrize("code", ["ils/rtr/P-4", "ils/afp/P-4", "ahm/P-2"])
def test_the_code_closes_the_text(code):
    body = clean_body([Block(LEAD), Block(f"{LAST} {code}"), Block("Redaktur : Khairil Huda")])
    assert body.paragraphs == [LEAD, LAST]
    assert body.signature is not None and body.signature["raw"] == code


@pytest.mark.parametrize("line", [
    "Pesawat itu jenis Sukhoi. Tipe lainnya adalah su/mig/F-16",
    "Kendaraan melintas di ruas jalan tol. Rute itu disebut jalur A-1.",
])
def test_sentences_stay(line):
    assert clean_body([Block(LEAD), Block(line)]).paragraphs == [LEAD, line]

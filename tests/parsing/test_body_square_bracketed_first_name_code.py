"""A reporter's first name capitalised in square brackets after the last sentence (a regional blog's `... hewan ternak
dan lainnya yang saat ini masih terendam. [Roni]`) closes the article as `(Roni)` does: the signature, not text. A name
in square brackets inside a sentence, or not after a sentence's end, stays."""

from __future__ import annotations

from crawler.parsing.credits import split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Pantauan di lapangan, ketinggian banjir mencapai kurang lebih satu meter, sehingga menyebabkan beberapa rumah "
        "warga tergenang di beberapa tempat.",
        "Atas kejadian ini, tidak ada korban jiwa, namun sudah dipastikan warga mengalami kerugian materi, seperti rumah, "
        "mobil, sepeda motor, hewan ternak dan lainnya yang saat ini masih terendam."]


def test_the_bracketed_name_is_the_signature():
    cleaned = clean_body([Block(TEXT[0]), Block(TEXT[1] + " [Roni]"), Block("Tidak ada komentar")])
    assert cleaned.paragraphs == TEXT
    assert cleaned.signature == {"raw": "[Roni]", "codes": ["Roni"]}


def test_a_name_in_a_sentence_stays():
    for line in ("\"Saya [Roni] datang ke lokasi banjir,\" katanya.", "Warga mengalami kerugian materi [Roni]"):
        assert split_signature(line) == (line, None), line

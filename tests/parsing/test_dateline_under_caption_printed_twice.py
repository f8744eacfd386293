"""A photo's caption printed twice over the dateline, once as the photo's text and once under it (Sinar Harian 2021:
`Gelagat lelaki misteri yang sempat dirakam pemilik rumah sebelum mengusirnya keluar.` twice over `SUNGAI PETANI -
Sebuah keluarga ...`): the captions go and the place is the dateline's, though each reads as a sentence. The
article's own sentences, each printed once, before a place and a dash stay its lead."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = "Gelagat lelaki misteri yang sempat dirakam pemilik rumah sebelum mengusirnya keluar."
LEAD = ("SUNGAI PETANI - Sebuah keluarga di Taman Cengal Jaya di sini kehairanan apabila didatangi seorang lelaki tua "
        "bertongkat muncul di pekarangan rumah mereka pada awal pagi Khamis lalu sekali gus menimbulkan tanda tanya.")
TEXT = "Kisah mengenai kunjungan lelaki tua itu kemudian tular di media sosial."


def test_the_caption_printed_twice_leaves_and_the_dateline_is_read():
    result = clean_body([Block(CAPTION), Block(CAPTION), Block(LEAD), Block(TEXT)])
    assert result.dateline is not None and result.dateline.place == "SUNGAI PETANI"
    assert result.paragraphs == [LEAD.removeprefix("SUNGAI PETANI - "), TEXT]


def test_sentences_printed_once_stay_the_lead():
    first = "Warga Taman Cengal Jaya digemparkan kemunculan seorang lelaki tua bertongkat pada awal pagi."
    second = "Lelaki itu muncul di pekarangan rumah sebelum diusir pemiliknya."
    middle = "Perang Rusia – Ukrania, kata dia, turut menaikkan harga barang di pasar."
    result = clean_body([Block(first), Block(second), Block(middle), Block(TEXT)])
    assert result.dateline is None
    assert result.paragraphs == [first, second, middle, TEXT]

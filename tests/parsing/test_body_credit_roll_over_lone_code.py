"""A video's credit roll over the desk's code alone on its line (Okezone's video pages: `Reporter: <name>`, `Produser:
<name>` over `(fru)`): the credit lines leave with the code, which is the signature. A paragraph over the code stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Pengejaran terhadap belasan tahanan yang kabur dari sel tahanan Polsek Tanah Abang masih dilakukan. Dari 16 "
        "tahanan yang melarikan diri, beberapa di antaranya telah berhasil ditangkap petugas",
        "Sebelumnya, belasan tahanan diketahui melarikan diri dari sel tahanan Polsek Tanah Abang, Senin (19/2). Kasus "
        "terungkap saat warga melapor setelah melihat orang tak dikenal berlarian di belakang polsek."]


def test_the_credit_roll_over_the_code_leaves():
    for roll in (["Reporter: Rani Stones Sanjaya", "Produser: Akira AW"], ["Produser: Akira AW"],
                 ["Produser: Akira AW", "Sumber: Okezone"]):
        result = clean_body([*(Block(text) for text in TEXT), *(Block(line) for line in roll), Block("(fru)"),
                             Block("Follow Berita Okezone di Google News")])
        assert result.paragraphs == TEXT, roll
        assert result.signature == {"raw": "(fru)", "codes": ["fru"]}


def test_a_paragraph_over_the_code_stays():
    last = "Polisi masih memburu tahanan lainnya hingga malam ini."
    result = clean_body([*(Block(text) for text in TEXT), Block(last), Block("(fru)")])
    assert result.paragraphs == [*TEXT, last]

"""The editor's credit under the text with nothing after it long enough for a paragraph (iNews's `Editor : <name>` over
`BERITA POPULER`, `+`, `Kanal`, `Network`, its network's call and `MNC Portal`): what follows is the page's and leaves.
A paragraph after the credit stays, and so does the text when the credit stands over the lead."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Perayaan Tahun Baru menyisakan sampah berserakan di sejumlah tempat di Kota Bandung. Hingga sabtu pagi, sampah "
        "berserakan dua kali lipat dari biasanya, mengotori keindahan kota.",
        "Dan seperti inilah tumpukan sampah di Jl Otto Iskandar Dinata, Kota Bandung Jawa Barat. Sebelumnya, Pemerintah "
        "Kota Bandung telah melarang adanya perayaan malam tahun baru."]
FOOTER = ["BERITA POPULER", "+", "News Update", "Kanal", "Network",
          "Kami membuka kesempatan bagi Anda yang ingin menjadi pebisnis media melalui program iNews.id Network. Klik "
          "Lebih Lanjut", "MNC Portal", "Live TV", "MNC Network"]


def test_the_footer_under_the_editors_credit_leaves():
    result = clean_body([*(Block(text) for text in TEXT), Block("Editor : Dani M Dahwilani"),
                         *(Block(line) for line in FOOTER)])
    assert result.paragraphs == TEXT
    assert result.credits.editor == "Dani M Dahwilani"


def test_a_paragraph_after_the_credit_stays():
    more = ("Petugas kebersihan dikerahkan sejak pukul 05.00 WIB untuk mengangkut sampah dari sepanjang jalan protokol, "
            "dan pekerjaan itu ditargetkan selesai sebelum siang hari.")
    result = clean_body([*(Block(text) for text in TEXT), Block("Editor : Dani M Dahwilani"), Block(more)])
    assert result.paragraphs == [*TEXT, more]
    result = clean_body([Block("Editor : Dani M Dahwilani"), *(Block(text) for text in TEXT), Block("Kanal")])
    assert result.paragraphs[:2] == TEXT

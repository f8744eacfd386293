"""A video box's heading for the videos it recommends over another box's (Kompas's `Video rekomendasi` over `Video
lainnya` and `Terkini Lainnya` under the text) is no text, as `Video lainnya` is. A sentence opening with the same
words goes on and stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Martua menyampaikan, perekaman aksi kejahatan oleh masyarakat tergolong tindakan polisional.")
LAST = ("Martua mengatakan, penangkapan itu berawal dari viralnya video aksi keempat pelaku tersebut yang diunggah "
        "lewat akun @jakarta_terkini di media sosial Instagram.")


def test_the_recommended_videos_heading_goes():
    result = clean_body([Block(FIRST), Block(LAST), Block("Video rekomendasi"), Block("Video lainnya"),
                         Block("Terkini Lainnya")])
    assert result.paragraphs == [FIRST, LAST]


def test_a_sentence_opening_so_stays():
    sentence = "Video rekomendasi dari warga itu kemudian diteruskan ke penyidik untuk dipelajari."
    assert clean_body([Block(FIRST), Block(sentence), Block(LAST)]).paragraphs == [FIRST, sentence, LAST]

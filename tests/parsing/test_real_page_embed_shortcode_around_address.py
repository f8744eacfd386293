"""A video plugin's shortcode pair around the address it embeds, left as text when the player was lost (a Papua portal's
`[embedyt] http://www.youtube.com/watch?v=YJbzOqOg7Ms[/embedyt]` under its dateline's paragraph): no paragraph; a
sentence naming the address or a bracketed word stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["MANOKWARI — Diskusi dan brainstorming antar pekerja media massa mewarnai perayaan HUT ke-79 Perum Kantor "
           "Berita Indonesia Antara, di rumah makan Batik Papua, Selasa (20/12).",
           "Ada bahasan tentang pentingnya uji kompetensi wartawan, perlunya keaktifan kelembagaaan wartawan."]
LAST = "Antara berulang tahun ke-79 pada 13 Desember lalu."


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [OPENING[0], *lines, OPENING[1], LAST]]).paragraphs


@pytest.mark.parametrize(("line", "kept"), [
    ("[embedyt] http://www.youtube.com/watch?v=YJbzOqOg7Ms[/embedyt]", False),
    ("[embedyt]https://www.youtube.com/watch?v=abc123[/embedyt]", False),
    ("[video_embed] https://vimeo.com/12345 [/video_embed]", False),
    # An address in a sentence, and a bracketed word before one, are the writer's.
    ("Rekaman lengkap dapat disaksikan di http://www.youtube.com/watch?v=YJbzOqOg7Ms.", True),
    ("[Video] Rekaman lengkap dapat disaksikan di http://www.youtube.com/watch?v=YJbzOqOg7Ms", True),
])
def test_embed_shortcode_around_an_address(line: str, kept: bool) -> None:
    paragraphs = _paragraphs([line])
    assert (line in paragraphs) is kept
    assert paragraphs[-1] == LAST

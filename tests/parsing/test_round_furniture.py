"""Real captions, inserts and closing lines of agencies' and reposting outlets' pages (MINA in three languages, RMOL
stories reposted by portals, regional outlets): what a reader would not call the article leaves the body, and what
looks like furniture but is the article's own text stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta.",
           "Kebijakan itu berlaku mulai pekan depan untuk seluruh warga."]


def _kept(*lines: str) -> list[str]:
    return clean_body([Block(text) for text in OPENING + list(lines)]).paragraphs[len(OPENING):]


def test_a_labelled_caption_may_close_with_its_sources_note_in_brackets():
    assert is_caption("foto: Megawati Soekarnoputri (ist)")
    assert is_caption("Foto: Joko Widodo dan Luhut Panjaitan (rmol)")
    # A paragraph that says what a photo shows is text.
    assert not is_caption("Dalam foto itu tampak Megawati Soekarnoputri (kiri) berbincang dengan warga.")

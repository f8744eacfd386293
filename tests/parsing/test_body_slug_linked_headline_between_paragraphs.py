"""Another story's headline linked alone between two paragraphs, no label and no bullet over it (iNews's regional
pages: `Polda Sumut Tangkap 2 Nelayan Bawa Sabu 10 Kg di Asahan` between the lead and the next paragraph), is a related
entry, not text: the link's address spells the headline's first words as that story's slug. A subheading linked
nowhere, or linked to an address that does not spell it, stays; so does a sentence with a link."""

from __future__ import annotations

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

BASE = "https://sumut.inews.id/berita/kejar-kejaran-2-bandar-sabu-di-batubara-ditangkap-usai-tabrak-mobil-polisi"
LEAD = ("Penangkapan dua bandar sabu di Kabupaten Batubara berlangsung menegangkan. Keduanya ditangkap usai terlibat "
        "kejar-kejaran hingga menabrak dua mobil polisi yang dikendarai tim Satresnarkoba Polres Batu Bara.")
NEXT = ("Kapolres Batubara, AKBP Taufiq Hidayat mengatakan, kedua pelaku yang merupakan komplotan Bandar sabu "
        "masing-masing berinisial HS (41) dan RI (33), warga Asahan.")
HEADLINE = "Polda Sumut Tangkap 2 Nelayan Bawa Sabu 10 Kg di Asahan"
HREF = "https://sumut.inews.id/berita/polda-sumut-tangkap-2-nelayan-bawa-sabu-10-kg-di-asahan"


def _linked(text: str, href: str) -> Block:
    return Block(text, [Link(text, href, BASE)])


def test_the_linked_headline_is_a_related_entry():
    body = clean_body([Block(LEAD), _linked(HEADLINE, HREF), Block(NEXT)])
    assert body.paragraphs == [LEAD, NEXT]
    assert body.related == [{"title": HEADLINE, "url": HREF}]


def test_a_subheading_stays():
    heading = "Kejar-kejaran di Jalan Lintas Sumatra"
    assert clean_body([Block(LEAD), Block(heading), Block(NEXT)]).paragraphs == [LEAD, heading, NEXT]
    # ...linked to a place or a profile, not to a story spelling it
    linked = _linked(heading, "https://sumut.inews.id/tag/batubara")
    assert clean_body([Block(LEAD), linked, Block(NEXT)]).paragraphs == [LEAD, heading, NEXT]


def test_a_sentence_with_a_link_stays():
    sentence = "Polda Sumut tangkap 2 nelayan bawa sabu 10 kg di Asahan, pekan lalu."
    assert clean_body([Block(LEAD), _linked(sentence, HREF), Block(NEXT)]).paragraphs == [LEAD, sentence, NEXT]

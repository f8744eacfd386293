"""A Blogger news site closes its dateline with a capital I typed for the bar (Duta Bangsa News, 2020: `Jakarta,
dutabangsanews.com I Ketum PDIP Megawati Soekarnoputri geram ...`), as others print `Taput, kabarnya.com | Warga`.
After a domain, spaced on both sides, a capitalised word after it, the I is the dateline's end: the text starts after
it. After an agency's name, or before a word in small letters, it stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article, parse_dateline

from dateline_readings import place_and_agency  # beside this file

LEAD = ("Jakarta, dutabangsanews.com I Ketum PDIP Megawati Soekarnoputri geram atas aksi anarkis oknum-oknum pemuda pada "
        "demonstrasi belakangan ini sehingga meminta Presiden Joko Widodo (Jokowi) tak memanjakan kaum milenial.")
MORE = ("Megawati menyoroti demo mahasiswa tolak omnibus law UU Cipta Kerja yang berakhir rusuh. Banyak fasilitas umum "
        "yang dirusak, bahkan dibakar seperti beberapa halte TransJakarta.")


def test_the_text_starts_after_the_letter_bar():
    html = ("<html><head><title>Mega Minta Jokowi Tak Manjakan Milenial, PKB Singgung Penyusup di Demo</title></head>"
            "<body><div class='post hentry'><h3 class='post-title entry-title'>Mega Minta Jokowi Tak Manjakan Milenial, "
            f"PKB Singgung Penyusup di Demo</h3><div class='post-body entry-content'><p>{LEAD}</p><p>{MORE}</p></div>"
            "</div></body></html>")
    item = parse_article(html.encode(), "http://www.dutabangsanews.com/2020/10/mega-minta-jokowi.html")
    assert item["dateline"]["place"] == "Jakarta"
    assert item["body"].startswith("Ketum PDIP Megawati Soekarnoputri geram")


@pytest.mark.parametrize(("text", "reading", "rest"), [
    (LEAD, ("Jakarta", "dutabangsanews.com"), "Ketum PDIP"),
    ("Medan, SinarPerbatasan.com I Pemberitaan kasus penganiayaan itu ramai.", ("Medan", "SinarPerbatasan.com"),
     "Pemberitaan"),
])
def test_a_domain_then_the_letter_bar(text, reading, rest):
    assert place_and_agency(text) == reading
    assert text[parse_dateline(text).end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text", ["Jakarta, MINA I said the meeting would go on.",
                                  "Jakarta, kompas.com I ini tidak benar, katanya."])
def test_after_an_agency_or_before_small_letters_the_i_stays(text):
    found = parse_dateline(text)
    assert found is None or text[found.end:].lstrip().startswith("I ")

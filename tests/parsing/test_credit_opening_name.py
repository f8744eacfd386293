"""The writer's name alone on the line opening the text, the lead under it (the Borneo Bulletin's `James Kon` over
`Minister of Development ... led the planting ...`; between bars in a blog's copy: `| Hakim Hayat |`; under a caption
crediting its pictures: `... PHOTOS: DANIEL LIM`): the writer, under the printed credits, and no line of the text.
A section's or a desk's name there, a labelled byline, a place, a person the lead names again (a photo's subject), a
line over no lead paragraph, or the headline's words name nobody so."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import opening_name

from people_pages import URL, header_lines as header, page  # beside this file

LEAD = ("Minister of Development Dato Seri Setia Ir Awang Haji Suhaimi bin Haji Gafar led the planting of mangrove and"
        " beach saplings yesterday at Api-Api wetlands, Tanjung Batu.")
PICKLEBALL = ("In a scene dominated by football, basketball, and tennis, a seemingly unassuming sport called pickleball"
              " has quietly been making waves in the Sultanate.")


@pytest.mark.parametrize(("blocks", "writer"), [
    (["James Kon", LEAD], "James Kon"),
    (["| Hakim Hayat |", "CITIZENS and residents from all four districts descended on the capital of Bandar Seri Begawan"
                         " yesterday, to witness yet another historic event."], "Hakim Hayat"),
    (["Pickleball players in the Sultanate. PHOTOS: DANIEL LIM", "Daniel Lim", PICKLEBALL], "Daniel Lim"),
    (["James Kon & Hakim Hayat", "His Majesty the Sultan and Yang Di-Pertuan of Brunei Darussalam yesterday witnessed a"
                                 " flawless ceremonial parade in the heart of the capital."], "James Kon, Hakim Hayat"),
    (["Azaraimy HH", "THE national flag lowering ceremony was held across all districts in the country to mark the"
                     " completion of the 68th birthday celebrations."], "Azaraimy HH"),  # the father's initials
])
def test_the_name_over_the_lead_names_the_writer(blocks, writer):
    item = parse_article(page(lead="".join(f"<p>{block}</p>" for block in blocks)), URL)
    assert item["author"] == writer
    assert not item["body"].startswith((writer, "|", "Pickleball players"))


def test_a_printed_credit_outranks_the_name_over_the_lead():
    item = parse_article(page(header=header("Penulis: Rachel Thien"), lead=f"<p>James Kon</p><p>{LEAD}</p>"), URL)
    assert item["author"] == "Rachel Thien"


@pytest.mark.parametrize(("line", "following"), [
    ("Berita Terkini", LEAD),  # a section
    ("Tim Redaksi", LEAD),  # the desk
    ("By Sonia K.", LEAD),  # a labelled byline, read as one
    ("Bandar Seri Begawan", LEAD),  # a place
    ("Suhaimi Gafar", LEAD),  # the lead names the person again: a photo's subject
    ("James Kon", "Minister of Development led the planting."),  # no lead paragraph under it
    ("James Kon", "Daftar isi: pengertian, manfaat dan cara menanam mangrove di pesisir pantai yang terkena abrasi air laut"),
    ("James Kon & Tim Redaksi", LEAD),  # a desk beside the name
    ("Polemik KPK", "Komisi Pemberantasan Korupsi (KPK) kembali menjadi sorotan publik setelah sejumlah pegawainya"
                    " dinyatakan tidak lulus tes wawasan kebangsaan."),  # a kicker: the lead names the acronym
    # A rubric's, a greeting's or a feature's words in title case, which the lead need not say again.
    ("Laporan Khusus", LEAD), ("Update Corona", LEAD), ("Jumat Berkah", LEAD), ("Selamat Pagi", LEAD),
    ("Harga Emas", LEAD), ("Sidang Isbat", LEAD), ("Kabar Duka", LEAD), ("Edisi Spesial", LEAD),
])
def test_no_writer_alone_over_the_lead_names_nobody(line, following):
    assert opening_name(line, following) is None


def test_the_headline_over_the_lead_is_no_name():
    assert opening_name("Minister Leads Planting", LEAD, "Minister Leads Planting") is None


def test_a_caption_crediting_its_pictures_leaves_the_text():
    from crawler.parsing.furniture import is_caption
    assert is_caption("Pickleball players in the Sultanate. PHOTOS: DANIEL LIM")
    assert is_caption("Prime Minister Lee Hsien Loong cutting the cake. PHOTO: AZIZ HUSSIN FOR THE STRAITS TIMES")

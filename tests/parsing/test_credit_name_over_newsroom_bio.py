"""An author box under the text printing the writer's name alone over a bio that opens with the writer's newsroom role,
not the name (Suara Merdeka 2021: `Borhan Abu Samah` over `Ketua Pengarang Suara Merdeka. Menjadi wartawan sejak 1993
...` over `Related Articles`): the name is the writer's, and neither line is the article's. A bio quoting someone, a
credit's label, a place's, a desk's or a rubric's words, or a box the story goes on under name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import name_over_bio

from people_pages import URL, page  # beside this file

BIO = ("Ketua Pengarang Suara Merdeka. Menjadi wartawan sejak 1993 dan pernah bertugas sebagai Pengarang Berita di "
       "Utusan Malaysia dan Utusan Malaysia 2.0. Koresponden Utusan Luar Negara di Jakarta.")
ENDING = ("<p>Asal kempen berkenaan adalah untuk menyeru rakyat supaya bersama-sama memerangi wabak pandemik itu.</p>"
          "<p>PENTING</p><p>1) Sertai Group Whatsapp Suara Merdeka klik dan;</p>"
          "<p>2) Ikuti Suara Merdeka di Facebook, Twitter, Instagram serta TikTok!</p><p>Show More</p>")


@pytest.mark.parametrize("after", ["<p>Related Articles</p><p>Back to top button</p>", ""])
def test_the_name_over_the_newsroom_bio_names_the_writer(after):
    item = parse_article(page(last=f"{ENDING}<p>Borhan Abu Samah</p><p>{BIO}</p>{after}"), URL)
    assert item["author"] == "Borhan Abu Samah"
    assert "Borhan Abu Samah" not in item["body"]
    assert "Ketua Pengarang" not in item["body"]


def test_the_bio_opening_with_a_newsroom_role_names_the_writer():
    assert name_over_bio("Borhan Abu Samah", BIO) == "Borhan Abu Samah"


@pytest.mark.parametrize(("name", "bio"), [
    ("Ahmad Tohari", "Penulis novel Ronggeng Dukuh Paruk itu mengatakan karyanya lahir dari masa kecil di desa."),
    ("Budi Santoso", "Editor: Ahmad Yani"),  # a credit's label: read as the credit it is
    ("Borhan Abu Samah", "Ketua Pengarang Suara Merdeka."),  # a role alone, no bio
    ("Jawa Barat", "Wartawan dari berbagai media hadir meliput acara tersebut sejak pagi hari."),
    ("Tim Redaksi", "Redaktur pelaksana kami menyunting naskah ini sebelum terbit pada pagi hari."),
    ("Hari Santri Nasional", "Penulis dan santri dari berbagai pesantren hadir memperingati hari itu di alun-alun."),
    ("Borhan Abu Samah", "Pada 1993 ia mula bertugas di Utusan Malaysia sebagai wartawan di meja berita."),  # no role first
])
def test_no_writer_over_the_line(name, bio):
    assert name_over_bio(name, bio) is None


def test_the_story_going_on_under_the_box_names_nobody():
    more = "<p>Acara itu akan digelar lagi tahun depan di tempat yang sama oleh panitia yang sama, kata Ahmad.</p>"
    item = parse_article(page(last=f"{ENDING}<p>Borhan Abu Samah</p><p>{BIO}</p>{more}"), URL)
    assert item["author"] is None

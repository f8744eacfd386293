"""A Malay blog's copy of an FMT story prints the story's own headline, then its two writers joined by a word on a
line of their own (`Faiz Zainudin dan Shahrul Shahabudin`), over the dated lead (`PUTRAJAYA: ...`). The names are the
writers', as two joined by `&` are (`James Kon & Hakim Hayat`), and the copied headline over them does not hide them.
Offices joined the same way, or a name under more than the copied headline, name no writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

HEADLINE = "Tiada apa nak dibangga 100 hari Anwar jadi PM, kata Mahathir"
LEAD = ("PUTRAJAYA: Tiada sebarang perubahan yang boleh dibangga mampu ditonjolkan sepanjang 100 hari Anwar Ibrahim "
        "menjadi perdana menteri dan menerajui negara, kata Dr Mahathir Mohamad.")
MORE = ("Bekas perdana menteri itu berkata, Anwar hanya menabur janji sahaja untuk melakukan perubahan tetapi hasilnya "
        "belum nampak, termasuklah dalam isu pemulihan ekonomi dan menyelesaikan masalah orang Melayu.")


def read(*blocks: str) -> dict:
    body = "<br /><br />".join(blocks)
    html = ("<html><head><title>Blog: Ulasan Mahathir</title></head><body><div class='post hentry'>"
            "<h3 class='post-title entry-title'>Ulasan Mahathir ni nampak macam kecewa halang Anwar jadi PM je</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")
    return parse_article(html.encode(), "https://example.blogspot.com/2023/02/ulasan-mahathir.html")


def test_two_writers_joined_by_a_word_under_the_copied_headline_are_the_writers():
    item = read(HEADLINE, "Faiz Zainudin dan Shahrul Shahabudin", LEAD, MORE)
    assert item["author"] == "Faiz Zainudin, Shahrul Shahabudin"
    assert item["dateline"]["place"] == "PUTRAJAYA"
    assert item["body"].startswith("Tiada sebarang perubahan")
    assert "Faiz Zainudin" not in item["body"] and HEADLINE not in item["body"]


@pytest.mark.parametrize("line", ["Faiz Zainudin dan Shahrul Shahabudin", "Faiz Zainudin and Shahrul Shahabudin",
                                  "Faiz Zainudin & Shahrul Shahabudin"])
def test_the_joining_word_or_mark_over_the_lead_alone(line):
    assert read(line, LEAD, MORE)["author"] == "Faiz Zainudin, Shahrul Shahabudin"


def test_offices_joined_by_a_word_name_no_writer():
    assert read(HEADLINE, "Polres Bogor dan Kodim Bogor", LEAD, MORE)["author"] is None


def test_a_name_under_more_than_the_copied_headline_names_no_writer():
    assert read(HEADLINE, "Bekas perdana menteri itu berkata semalam", "Faiz Zainudin dan Shahrul Shahabudin", LEAD,
                MORE)["author"] is None


def test_a_sentence_over_the_name_is_no_copied_headline():
    assert read("Anwar hanya menabur janji sahaja untuk melakukan perubahan.", "Faiz Zainudin dan Shahrul Shahabudin",
                LEAD, MORE)["author"] is None

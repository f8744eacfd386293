"""A job's title in English printed where a credit's name would stand (Tribunnews 2020: `Editor: Content Writer` in the
header): a role, no one's name. The page's sentences are made up; the credit lines are as printed."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import find_editor, is_desk, parse_credits

TITLE = "Pemerintah umumkan kebijakan baru untuk warga terdampak banjir"
LEAD = "TRIBUNNEWS.COM - Pemerintah mengumumkan kebijakan baru pada Senin pagi untuk seluruh warga yang terdampak."
URL = "https://www.beritadaerah-contoh.id/read/2020/07/22/12345/pemerintah-umumkan-kebijakan"


def _page(header: list[str]) -> bytes:
    head = "".join(f"<div>{line}</div>" for line in header)
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{head}<div class='article-content'>"
            f"<p>{LEAD}</p><p>Kebijakan itu berlaku mulai pekan depan, kata pejabat yang berwenang di sana.</p>"
            f"</div></body></html>").encode()


@pytest.mark.parametrize("title", ["Content Writer", "Staff Writer", "Web Admin", "Copy Editor", "Editorial Team",
                                   "Social Media Team"])
def test_a_job_title_is_a_desk(title):
    assert is_desk(title)


@pytest.mark.parametrize("name", ["Ade irma Junida", "Weby Warouw", "Desky Pratama", "Contento Saragih",
                                  "Catur waskito Edy", "Editha Surya"])
def test_names_near_a_job_title_stay(name):
    assert not is_desk(name)
    assert parse_credits(f"Editor: {name}").editor == name


def test_the_headers_editor_label_over_a_job_title_names_no_editor():
    item = parse_article(_page(["Editor: Content Writer"]), URL)
    assert (item["author"], item["editor"]) == (None, None)
    assert find_editor("Editor: Content Writer") is None


@pytest.mark.parametrize(("text", "author", "editor"), [
    ("Editor: Content Writer", None, None),
    ("Penulis: Staff Writer | Editor: Rina Kartika", None, "Rina Kartika"),
    ("Penulis: Yusuf Hamdani | Editor: Content Writer", "Yusuf Hamdani", None),
])
def test_printed_credits_with_a_job_title_for_a_name(text, author, editor):
    credits = parse_credits(text)
    assert (credits.author, credits.editor) == (author, editor)


def test_the_headers_editor_with_a_name_stays():
    item = parse_article(_page(["Penulis: faisal affan | Editor: Catur waskito Edy"]), URL)
    assert item["editor"] == "Catur waskito Edy"

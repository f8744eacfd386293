"""A column's byline opening with the verb, the column's kind before it and the writer's role in brackets after the
name (Tribun Jateng 2023: `Opini Ditulis Oleh Saratri Wilonoyudho (Ketua Koalisi Kependudukan Jawa Tengah)` over the
text): the writer, and no line of the body. A sentence with the verb goes on in small letters; a desk names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

LEAD = ("<p>TRIBUNJATENG.COM - ARTIKEL ini ditulis karena saya mendengar dua hal. Pertama, ketika dalam sebuah"
        " pengukuhan profesor, seorang rektor mengejek salah satu profesor.</p>")


@pytest.mark.parametrize(("line", "writer"), [
    ("Opini Ditulis Oleh Saratri Wilonoyudho (Ketua Koalisi Kependudukan Jawa Tengah)", "Saratri Wilonoyudho"),
    ("Ditulis Oleh Saratri Wilonoyudho (Ketua Koalisi Kependudukan Jawa Tengah)", "Saratri Wilonoyudho"),
    ("Kolom Ditulis oleh Saratri Wilonoyudho", "Saratri Wilonoyudho"),
    ("Oleh Feliks Tans (Dosen FKIP, Universitas Nusa Cendana, Kupang)", "Feliks Tans"),  # as before
])
def test_a_written_by_byline_names_the_writer(line, writer):
    item = parse_article(page(lead=f"<p>{line}</p>{LEAD}"), URL)
    assert item["author"] == writer
    assert item["body"].startswith("ARTIKEL ini")  # the byline and the dateline left


@pytest.mark.parametrize("line", [
    "Ditulis oleh tim redaksi berdasarkan keterangan para saksi di lokasi kejadian.",
    "Opini Ditulis Oleh Tim Redaksi",
])
def test_a_sentence_or_a_desk_names_nobody(line):
    assert parse_article(page(lead=f"<p>{line}</p>{LEAD}"), URL)["author"] is None

"""A report's label saying whose it is with `oleh` and no colon (Suara Surabaya 2024's header: `Laporan oleh Ika
Suryani Syarief` under the day): the name after it is the writer's, as after `by`. A sentence opening with the same
words (`Laporan oleh Bawaslu Kota Serang diterima pada Senin.`), a name in small letters after it or the bare
rubric's `Laporan Khusus` name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, header_lines, page  # beside this file

CAPTION = "Prayonne Adi Kepala Humas dan Informasi Studi Universitas Kristen Petra, Surabaya. Foto: UK Petra"
LEAD = ("<p>Menurut Prayonne Adi  Kepala Humas dan Informasi Studi Universitas Kristen (UK) Petra, Surabaya, 39 tahun "
        "bukanlah waktu yang singkat.</p>")


def test_the_report_by_label_under_the_day_names_the_writer():
    header = header_lines("Kamis, 25 April 2024", "Laporan oleh Ika Suryani Syarief", "Bagikan", CAPTION)
    item = parse_article(page(header=header, lead=LEAD), URL)
    assert item["author"] == "Ika Suryani Syarief"


@pytest.mark.parametrize(("line", "author", "editor"), [
    ("Laporan oleh Ika Suryani Syarief", "Ika Suryani Syarief", None),
    ("Laporan oleh: Ika Suryani Syarief", "Ika Suryani Syarief", None),
    ("Laporan oleh Ika Suryani Syarief | Editor : Iping Supingah", "Ika Suryani Syarief", "Iping Supingah"),
])
def test_the_name_after_the_label_is_the_writers(line, author, editor):
    credits = parse_credits(line)
    assert (credits.author, credits.editor) == (author, editor)


@pytest.mark.parametrize("line", [
    "Laporan oleh Bawaslu Kota Serang diterima pada Senin.",  # a sentence
    "Laporan oleh warga sudah diterima",  # small letters: no name follows
    "Ditulis oleh Pramoedya Ananta Toer, novel itu terbit pada 1980.",
    "Laporan Khusus",
])
def test_a_sentence_after_the_words_names_nobody(line):
    credits = parse_credits(line)
    assert credits is None or credits.author is None

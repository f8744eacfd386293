"""A writer's label written out as a sentence's head under the text, the name on the line under it (Aktual 2025:
`Artikel ini ditulis oleh:` over `Rizky Zulkarnain`): both go, and the name is the author. A sentence saying who
wrote something goes on past the label's words and stays."""

from __future__ import annotations

from crawler.parsing.credits import empty_label, parse_credits
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Jakarta, aktual.com – Badan Meteorologi Klimatologi dan Geofisika (BMKG) memprakirakan wilayah Jakarta "
        "berawan tebal pada Jumat (28/11), mulai pagi hingga malam hari.")
SECOND = ("Suhu udara di Jakarta Barat diperkirakan berkisar antara 25 hingga 33 derajat Celcius, dengan kecepatan "
          "angin 4 hingga 9 kilometer per jam.")
LAST = ("Terakhir, di Kepulauan Seribu, suhu udara diprediksi berkisar antara 27 sampai dengan 28 derajat Celcius dan "
        "kecepatan angin antara 6 sampai dengan 29 kilometer per jam.")


def test_the_label_and_its_name_leave_and_name_the_author():
    result = clean_body([Block(LEAD), Block(SECOND), Block(LAST), Block("Artikel ini ditulis oleh:"),
                         Block("Rizky Zulkarnain")])
    assert result.paragraphs[-1] == LAST and len(result.paragraphs) == 3
    assert result.credits.author == "Rizky Zulkarnain"
    assert empty_label("Berita ini ditulis oleh:") == "author"
    assert parse_credits("Artikel ini ditulis oleh: Rizky Zulkarnain").author == "Rizky Zulkarnain"


def test_sentences_about_a_writer_stay():
    for line in ("Artikel ini ditulis oleh seorang mahasiswa yang tinggal di Bogor.",
                 "Novel itu ditulis oleh Pramoedya Ananta Toer saat di Pulau Buru."):
        assert parse_credits(line) is None and empty_label(line) is None
        assert clean_body([Block(LEAD), Block(SECOND), Block(line)]).paragraphs[-1] == line

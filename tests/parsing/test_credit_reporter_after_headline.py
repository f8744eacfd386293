"""A copy of the headline opening the text with the reporter's credit after it (a community outlet's lead:
`Kisah di Balik Kaos ‘Editor Killer’ yang Mengejutkan, liputan Slamet Hariadi, kontributor PWMU.CO Lamongan.`): the
name after `liputan`, the contributor's role and outlet after the name (or after the role, the outlet and a known
place: `; Liputan Kontributor PWMU.CO Gresik Sayyidah Nuriyah.`), is the writer, and the line is no text. A rubric's, a
desk's or a place's words there name nobody, and a sentence about someone's coverage stays text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import reporter_name

from people_pages import URL, page  # beside this file

DATELINE = "<p>PWMU.CO – Acara Resepsi Hybrid Milad Ke-6 PWMU.CO yang digelar di Aula Mas Mansur, Sabtu, " \
           "(19/3/2022), bertabur penghargaan.</p>"


@pytest.mark.parametrize("line, writer", [
    ("Kisah di Balik Kaos ‘Editor Killer’ yang Mengejutkan, liputan Slamet Hariadi, kontributor PWMU.CO Lamongan.",
     "Slamet Hariadi"),
    ("Pentingnya Regenerasi di PWMU.CO, Liputan Musyrifah kontributor PWMU.CO", "Musyrifah"),
    # The role, the outlet and a known place first, the name closing the line.
    ("Rubrik Humor ‘Candamu’ PWMU.CO Dapat Pujian; Liputan Kontributor PWMU.CO Gresik Sayyidah Nuriyah.",
     "Sayyidah Nuriyah"),
    ("Banjir di Malang Surut; Liputan Kontributor PWMU.CO Kota Malang Budi Santoso", "Budi Santoso"),
])
def test_the_name_after_liputan_before_the_role_is_the_reporter(line, writer):
    assert reporter_name(line) == writer


def test_the_lead_names_the_writer_and_leaves_the_text():
    line = "Kisah di Balik Kaos ‘Editor Killer’ yang Mengejutkan, liputan Slamet Hariadi, kontributor PWMU.CO Lamongan."
    item = parse_article(page(lead=f"<p>{line}</p>{DATELINE}"), URL)
    assert item["author"] == "Slamet Hariadi"
    assert "liputan Slamet Hariadi" not in item["body"]


@pytest.mark.parametrize("line", [
    # No known place before the name, or no name after the place: where the name starts is unknown.
    "Banjir di Bogor; Liputan Kontributor PWMU.CO Sayyidah Nuriyah.",
    "Banjir di Bogor; Liputan Kontributor PWMU.CO Gresik",
    "Banjir di Bogor; Liputan Kontributor PWMU.CO Gresik Jawa Timur",
    "Banjir di Bogor; Liputan Kontributor PWMU.CO Gresik Tim Redaksi",
    # Rubrics, desks, topics and places where the name would stand.
    "Banjir di Bogor, Liputan Khusus, kontributor Kompas TV",
    "Banjir di Bogor, liputan Tim Redaksi, kontributor PWMU.CO",
    "Banjir di Bogor, liputan Jawa Timur, kontributor PWMU.CO",
    "Banjir di Bogor, liputan Harga Emas, kontributor PWMU.CO",
    # A sentence about someone's coverage: no comma before `liputan`, words in small letters after the outlet.
    "Video itu hasil liputan Budi Santoso, kontributor Kompas TV di Bogor.",
    "Kisah di Balik Kaos ‘Editor Killer’ yang Mengejutkan, liputan Slamet Hariadi.",
])
def test_other_lines_name_nobody(line):
    assert reporter_name(line) is None

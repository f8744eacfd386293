"""A `Laporan ...` reporter line opens a story's text: the header's short lines a copy printed over it (the date and an
empty editor's label, the standfirst, the photo's credit and caption: a Tribun Jabar story copied by an aggregator's
AMP page) are no text. A lead paragraph over it, or a header longer than a few lines, stays as it is."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

HEADER = [
    "Senin, 26 Juli 2021 08:40 Editor:",
    "Seolah ada kutukan menerpa Persib Bandung. Maung Bandung tak juara jika ditangani pelatih asing.",
    "Tribun Jabar/Deni Denaswara",
    "Robert Alberts dalam laga Persib Bandung vs Arema FC di lanjutan Liga 1 2019 di Stadion Si Jalak Harupat, "
    "Soreang, Selasa (12/11/2019).",
]
REPORTER = "Laporan Wartawan Tribun Jabar, Ferdyan Adhy Nugraha"
TEXT = [
    "Sejak menggunakan pelatih asing pada musim 2003, tak ada satupun yang berakhir sukses.",
    "Sudah 10 pelatih asing yang didatangkan oleh manajemen Persib Bandung untuk meraih gelar juara.",
    "Mulai dari Marek Andrzej Sledzianowski, Juan Antonio Paez, Arcan Iurie Anatolievichi, Darko Janackovic, Jovo "
    "Cuckovic, Drago Mamic, Dejan Antonic, hingga Mario Gomez.",
]


def _body(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_header_lines_over_a_reporter_line_are_dropped() -> None:
    body = _body([*HEADER, REPORTER, *TEXT])
    assert body.paragraphs == TEXT
    assert body.credits.author == "Ferdyan Adhy Nugraha"


def test_the_reporter_line_alone_opens_the_text() -> None:
    body = _body([REPORTER, *TEXT])
    assert body.paragraphs == TEXT
    assert body.credits.author == "Ferdyan Adhy Nugraha"


def test_a_long_lead_over_a_reporter_line_stays() -> None:
    lead = ("Persib Bandung belum juga menemukan pelatih yang mampu membawa tim itu juara sejak pelatih asing pertama "
            "didatangkan pada 2003, dan manajemen kini kembali menimbang nama-nama baru untuk kursi pelatih kepala "
            "setelah kepergian Luis Milla di tengah musim kompetisi Liga 1 yang baru berjalan beberapa pekan saja.")
    body = _body([lead, REPORTER, *TEXT])
    assert body.paragraphs == [lead, *TEXT]


def test_a_role_line_that_is_no_reporter_line_keeps_the_lines_over_it() -> None:
    # `Kontributor <place>, <name>` names the writer too, but it is no `Laporan` line opening the text.
    body = _body([HEADER[1], "Kontributor Lhokseumawe, Masriadi", *TEXT])
    assert body.paragraphs[0] == HEADER[1]

"""Lines that may name a writer without a label (a name in capitals closing the text, a name alone opening it, a name
before the header's time, `<name> - <outlet>` under the text) name nobody when a word of theirs is a weekly rubric's
(`Hikmah Jumat`), a closing phrase's (`Wallahu A'lam`), an office's (`Polres Bogor`, `Bank Indonesia`), an officer's
(`Ketua DPRD`) or a topic's (`Kuliner Nusantara`, `Gaya Hidup`), or the line is a place's (`Jawa Tengah`); writers'
names in the same places stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file

LEAD = ("Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta untuk seluruh warga yang terdampak banjir "
        "besar minggu lalu.")


def _closing_capitals(line):
    return page(last=f"<p>{line.upper()}</p>")


def _opening_name(line):
    return page(lead=f"<p>{line}</p><p>{LEAD}</p>")


def _before_time(line):
    return page(header=header_lines(f"{line} | Senin, 6 Januari 2020 10:00 WIB"))


def _closing_byline(line):
    return page(last=f"<p>{line} - Tribunnews.com</p>")


PLACES = [_closing_capitals, _opening_name, _before_time, _closing_byline]


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize("line", [
    "Hikmah Jumat",
    "Kajian Sabtu",
    "Wallahu A'lam",
    "Polres Bogor",
    "Bank Indonesia",
    "Ketua DPRD",
    "Kuliner Nusantara",
    "Gaya Hidup",
])
def test_a_rubric_office_or_topic_line_names_nobody(where, line):
    assert parse_article(where(line), URL)["author"] is None


@pytest.mark.parametrize("line", ["Jawa Tengah", "Papua Barat", "Kota Bogor"])
def test_a_place_before_the_outlet_under_the_text_names_nobody(line):
    assert parse_article(_closing_byline(line), URL)["author"] is None


@pytest.mark.parametrize("where", [_closing_capitals, _before_time, _closing_byline])
@pytest.mark.parametrize("name", ["Hendri Setiadi", "Syamsul Alam", "Lalu Muhammad Zohri"])
def test_a_writer_s_name_stays(where, name):
    author = parse_article(where(name), URL)["author"]
    assert author is not None and author.lower() == name.lower()

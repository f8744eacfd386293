"""published_at and modified_at of a header line that gives both the publication's and the last update's time, in
either order (`Diterbitkan ... Diperbarui ...`, `Update: ... | Terbit: ...`, `Last updated 2 hours ago · Published
...`): the publication is the first one, never the update."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

_BODY = "<p>Paragraf pertama berita ini cukup panjang untuk menjadi badan artikel yang sebenarnya.</p>" * 3


def _item(line: str) -> dict:
    html = (f"<html><head></head><body><h1>Judul Berita</h1><div class='date'>{line}</div>"
            f"<div class='content'>{_BODY}</div></body></html>")
    return parse_article(html.encode(), "https://example.com/a")


@pytest.mark.parametrize("line", [
    "Diterbitkan 10 Juni 2024 14:30 WIB Diperbarui 11 Juni 2024 09:00 WIB",
    "Diperbarui 11 Juni 2024 09:00 WIB Diterbitkan 10 Juni 2024 14:30 WIB",
    "Update: 11 Juni 2024 09:00 WIB | Terbit: 10 Juni 2024 14:30 WIB",
    "Diupdate 11 Juni 2024 09:00 WIB | Dipublikasikan 10 Juni 2024 14:30 WIB",
    "Update: 11/06/2024 09:00 WIB Rilis: 10/06/2024 14:30 WIB",
    "Updated: June 11, 2024 9:00 AM WIB Published: June 10, 2024 2:30 PM WIB",
    "Updated: 11 Jun 2024, 09:00 AM (WIB) | Published: 10 Jun 2024, 02:30 PM (WIB)",
])
def test_the_publication_time_is_read_whichever_comes_first(line: str) -> None:
    item = _item(line)
    assert item["published_at"] == "2024-06-10T14:30:00+07:00"
    assert item["modified_at"] == "2024-06-11T09:00:00+07:00"


def test_a_relative_update_before_the_publication_leaves_the_publication() -> None:
    item = _item("Last updated 2 hours ago · Published 10 Jun 2024, 14:30 WIB")
    assert item["published_at"] == "2024-06-10T14:30:00+07:00"


def test_an_update_alone_is_never_the_publication() -> None:
    assert _item("Diperbarui 11 Juni 2024 09:00 WIB")["published_at"] is None


def test_the_writer_before_an_update_first_line_stays_its_author() -> None:
    item = _item("Budi Santoso - Updated: 11 Jun 2024, 09:00 AM (WIB) | Published: 10 Jun 2024, 02:30 PM (WIB)")
    assert item["author"] == "Budi Santoso"
    assert item["published_at"] == "2024-06-10T14:30:00+07:00"

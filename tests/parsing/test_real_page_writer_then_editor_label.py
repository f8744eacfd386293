"""A byline element naming the writer, then another role's label and its holder on the same line (MINA 2025: `Ali
Farkhan Tsani Editor : Widi Kusnadi - 57 detik yang lalu` under the headline): the writer is the name before the
label, the editor the name after it. A name alone, or after its own label, reads as before."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://minanews.net/kantor-berita-mina-dan-diplomasi-naratif-indonesia-untuk-palestina"
TEXT = ("DI TENGAH derasnya arus informasi global yang sering kali bias terhadap isu Palestina, kehadiran media "
        "alternatif yang berpihak pada kemanusiaan menjadi sangat penting.",
        "Dalam banyak hal, MINA berfungsi sebagai jembatan media umat, menghubungkan aspirasi solidaritas Indonesia "
        "dengan realitas perjuangan di tanah Palestina.")


def page(byline: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kantor Berita MINA dan Diplomasi "
            "Naratif Indonesia untuk Palestina</title></head><body><article><h1>Kantor Berita MINA dan Diplomasi "
            f"Naratif Indonesia untuk Palestina</h1><div class='detail__author'>{byline}</div>"
            f"<div class='detail__body-text'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("byline, author, editor", [
    ("Ali Farkhan Tsani Editor : Widi Kusnadi - 57 detik yang lalu", "Ali Farkhan Tsani", "Widi Kusnadi"),
    ("Ali Farkhan Tsani Editor: Widi Kusnadi", "Ali Farkhan Tsani", "Widi Kusnadi"),
    ("Rana Setiawan Redaktur : Widi Kusnadi", "Rana Setiawan", None),
])
def test_the_writer_is_the_name_before_the_other_role_s_label(byline, author, editor):
    item = parse_article(page(byline), URL)
    assert item["author"] == author
    if editor is not None:
        assert item["editor"] == editor


@pytest.mark.parametrize("byline, author", [
    ("Ali Farkhan Tsani", "Ali Farkhan Tsani"),
    ("Oleh: Ali Farkhan Tsani", "Ali Farkhan Tsani"),
])
def test_a_name_alone_or_after_its_own_label_reads_as_before(byline, author):
    assert parse_article(page(byline), URL)["author"] == author

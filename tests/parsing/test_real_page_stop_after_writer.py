"""A lone full stop after the writer's name, a space before it (Kompasiana 2014's writer box: `EG Giwangkara S .` over
`28 Agustus 2014 18:53 Diperbarui: 18 Juni 2015 02:16`): no part of the name; an initial's own stop stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.kompasiana.com/giwangkara/54f5efa7a333116a7d8b463c/menaikkan-harga-bbm-perlu-kah-?page=all"
TITLE = "Menaikkan Harga BBM, Perlu kah ?"
TEXT = ("Belakangan ini di banyak media marak pemberitaan tentang permintaan beberapa pihak yang meminta Pemerintah saat "
        "ini untuk segera menaikkan harga BBM. Kejadian ini suatu hal yang langka, dan rasanya baru kali ini terjadi "
        "permintaan kepada Pemerintah untuk segera menaikkan harga BBM.")


def page(writer: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<article class='detail'><div class='detail__header'><h1 class='detail__title'>{TITLE}</h1>"
            f"<div class='detail__author'>{writer}</div><div class='detail__date'>28 Agustus 2014   18:53 "
            "Diperbarui: 18 Juni 2015   02:16</div></div><div class='detail__body-text'>"
            f"<p>{TEXT}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("writer, expected", [
    ("EG Giwangkara S .", "EG Giwangkara S"),
    ("EG Giwangkara S.", "EG Giwangkara S."),
    ("EG Giwangkara S", "EG Giwangkara S"),
])
def test_the_spaced_stop_is_no_part_of_the_name(writer, expected):
    item = parse_article(page(writer), URL)
    assert item["author"] == expected
    assert item["published_at"] == "2014-08-28T18:53:00+07:00"

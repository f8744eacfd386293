"""Harian Metro writes its dateline as a Malaysian city in title case and a colon (`Kuala Lumpur: Seorang anggota
Jabatan Sukarelawan Malaysia (RELA) ditahan ...`, `Shah Alam: Tidak hormat anggota polis ...`): a listed town is the
place and leaves the lead. A label of the same shape, or a town no list holds, stays in the text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

REST = ("Dalam kejadian jam 9.30 malam, mangsa cedera berdarah di kepala dipercayai akibat tindakan suspek lelaki "
        "berusia 59 tahun itu.")


def page(lead: str) -> bytes:
    return ("<html><head><title>Anggota RELA ketuk kepala anggota polis</title></head><body><article>"
            "<h1>Anggota RELA ketuk kepala anggota polis</h1><div class='entry-content'>"
            f"<p>{lead}</p><p>{REST}</p><p>{REST}</p></div></article></body></html>").encode()


def read(lead: str) -> dict:
    return parse_article(page(lead), "https://www.example.com.my/mutakhir/2018/05/1/anggota-rela")


@pytest.mark.parametrize(("lead", "place", "sentence"), [
    ("Kuala Lumpur: Seorang anggota Jabatan Sukarelawan Malaysia (RELA) ditahan polis selepas disyaki memukul "
     "seorang anggota polis menggunakan cota di Jalan Hang Tuah di sini, Jumaat lalu.", "Kuala Lumpur",
     "Seorang anggota"),
    ("Shah Alam: Tidak hormat anggota polis malahan berani bertindak memukul dan cuba menyerang polis di dalam balai.",
     "Shah Alam", "Tidak hormat"),
])
def test_a_malaysian_city_in_title_case_before_a_colon_is_the_dateline(lead, place, sentence):
    item = read(lead)
    assert item["dateline"]["place"] == place
    assert item["body"].startswith(sentence)


@pytest.mark.parametrize("lead", [
    "Catatan: Seorang anggota Jabatan Sukarelawan Malaysia (RELA) ditahan polis selepas disyaki memukul polis.",
    "Kampung Baru: Seorang anggota Jabatan Sukarelawan Malaysia (RELA) ditahan polis selepas disyaki memukul polis.",
])
def test_a_label_or_an_unlisted_name_before_a_colon_stays(lead):
    item = read(lead)
    assert item["dateline"] is None
    assert item["body"].startswith(lead)

"""A subscription's perks listed under the text cut short (Tempo's archive: `Akses edisi mingguan dari Tahun 1971`,
`Akses penuh seluruh artikel Tempo+`, `Baca dengan lebih sedikit gangguan iklan`, dashed or as a list's items): the
list leaves. A list of the story's own points, naming no paid edition and no fewer ads, stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["MESKI terlihat lelah dengan mata memerah, Setya Novanto tetap tersenyum ketika berkunjung ke kantor Tempo pada "
        "Rabu pekan lalu. Ia baru pulang dari Bandung hari itu.",
        "\"Meskipun memakai nguing-nguing, Bandung-Jakarta tetap tiga jam,\" katanya, merujuk pada bunyi sirene mobil "
        "pengawal Ketua Dewan Perwakilan Rakyat."]
PERKS = ["Akses edisi mingguan dari Tahun 1971", "Akses penuh seluruh artikel Tempo+",
         "Baca dengan lebih sedikit gangguan iklan", "Fitur baca cepat di edisi Mingguan",
         "Anda Mendukung Independensi Jurnalisme Tempo"]


def test_the_perks_leave():
    for perks in (PERKS, [f"- {perk}" for perk in PERKS], PERKS[:3]):
        assert clean_body([*(Block(text) for text in TEXT), *(Block(perk) for perk in perks)]).paragraphs == TEXT


def test_a_list_of_the_storys_points_stays():
    points = ["Larangan pemasangan iklan rokok di jalan protokol", "Pembatasan jam tayang di televisi",
              "Sanksi bagi pelanggar aturan"]
    result = clean_body([*(Block(text) for text in TEXT), *(Block(point) for point in points)])
    assert result.paragraphs == [*TEXT, *points]

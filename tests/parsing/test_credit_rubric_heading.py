"""A rubric's, a topic's or a season's heading in title case where an unlabelled writer's name may stand: over the
header's time under the headline, over the lead (`Kilas Daerah`, `Cek Fakta`, `Tajuk Rencana`, `Bursa Transfer`,
`Sepak Bola`, `Idul Adha`). It names nobody; the writers whose names share a word with a rubric's stay (`Ardito
Ramadhan`, `Nur Hikmah`, `Hari Santoso`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import names_a_rubric, opening_name

from people_pages import URL, header_lines as header, page  # beside this file

TIME = "Sabtu, 29 Maret 2025 - 21:45 WIB"
LEAD = ("JAKARTA, KOMPAS.com - Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta untuk seluruh warga"
        " yang terdampak banjir di wilayah utara.")
RUBRICS = ["Kilas Daerah", "Cek Fakta", "Tajuk Rencana", "Bursa Transfer", "Liga Champions", "Sepak Bola",
           "Piala Dunia", "Kabar Duka", "Tips Sehat", "Info Haji", "Pojok Ekonomi", "Serambi Ramadhan", "Dunia Islam",
           "Ragam Nusantara", "Warta Desa", "Mimbar Jumat", "Jendela Dunia", "Kolom Pakar", "Suara Pembaca",
           "Pilkada Serentak", "Pemilu Damai", "Oase Iman", "Refleksi Akhir Tahun", "Asal Usul", "Bedah Buku",
           "Resep Masakan", "Ruang Publik", "Idul Adha", "Hari Pahlawan", "Kabar Kampus", "Sorot Daerah",
           "Fokus Utama", "Sosok Inspiratif", "Kisah Inspiratif", "Sajian Khusus", "Tanya Jawab", "Selamat Pagi"]
WRITERS = ["Ardito Ramadhan", "Nur Hikmah", "Hari Santoso", "Iman Firmansyah", "Hendri Setiadi", "Dian Utama Putra"]


@pytest.mark.parametrize("line", RUBRICS)
def test_a_rubric_over_the_time_names_nobody(line):
    assert parse_article(page(header=header(line, TIME)), URL)["author"] is None


@pytest.mark.parametrize("line", RUBRICS)
def test_a_rubric_over_the_lead_names_nobody(line):
    assert opening_name(line, LEAD) is None


@pytest.mark.parametrize("name", WRITERS)
def test_a_writer_over_the_time_stays(name):
    assert parse_article(page(header=header(name, TIME)), URL)["author"] == name
    assert not names_a_rubric(name)

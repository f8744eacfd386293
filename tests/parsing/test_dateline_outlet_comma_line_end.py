"""parse_dateline on a regional edition's name alone on the line with a comma after it, the place left out
(`NU Online Jombang,` over the lead): the outlet, no place."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, agency", [
    ("NU Online Jombang, \nWakil Ketua Umum (Waketum) Pengurus Besar Nahdlatul Ulama (PBNU) H Amin Said Husni "
     "mengapresiasi komposisi kepengurusan Pengurus Cabang Nahdlatul Ulama (PCNU) Kabupaten Jombang.", "NU Online Jombang"),
    ("NU Jombang Online, \nPengurus Cabang Nahdhatul Ulama (PCNU) Jombang, Jawa Timur dengan 11 perangkat yang "
     "dimilikinya mengikuti ajang bergengsi, NU Jatim Award 2019.", "NU Jombang Online"),
    ("NU Online Jombang,\n\nPemerintah Daerah (Pemda) Kabupaten Jombang mengucapkan banyak terimakasih atas dedikasi dan "
     "sumbangsih yang diberikan oleh NU.", "NU Online Jombang"),
])
def test_an_edition_alone_before_a_comma_at_the_line_end(text, agency):
    assert place_and_agency(text) == (None, agency)


def test_the_place_before_it_stays():
    assert place_and_agency("Jombang, NU Online Jatim\nPengurus Cabang Nahdlatul Ulama (PCNU) Kabupaten Jombang "
                            "menyelenggarakan kegiatan turun ke bawah.") == ("Jombang", "NU Online Jatim")


@pytest.mark.parametrize("text", [
    "Berita Terkini,\nPemerintah Kabupaten Jombang menggelar rapat koordinasi penanganan banjir.",
    "Kepala Dinas Pendidikan,\nPemerintah Kabupaten Jombang menggelar rapat koordinasi penanganan banjir.",
])
def test_a_heading_with_a_comma_is_no_outlet(text):
    assert place_and_agency(text) is None

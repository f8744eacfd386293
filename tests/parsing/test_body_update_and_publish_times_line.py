"""The header's two times on one line under the text (Liputan6's `Diperbarui 16 Mar 2013, 12:59 WIBDiterbitkan 16 Mar
2013, 12:59 WIB`, the spans flattened with nothing between them, or a bar or a dot between), then the video box's
heading (`Video Pilihan Hari Ini`): both leave, and the desk's code closing the last paragraph is read. A sentence
holding two times stays."""

from __future__ import annotations

from crawler.parsing.credits import is_header_line
from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Peristiwa penyerangan itu berlangsung sekitar 10 menit. Akibatnya, kaca-kaca pada pintu depan kantor Koran "
        "Tempo rusak parah. Polisi sudah menyita beberapa barang bukti berupa senjata tajam jenis pedang, parang, dan "
        "kayu.",
        "Dari hasil penyelidikan sejauh ini, pelaku perusakan dikenali warga sekitar. Akibat perbuatannya, terang "
        "Wahyu, mereka akan dikenakan pasal 170 KUHP tentang pengeroyokan dan perusakan."]
GLUED = "Diperbarui 16 Mar 2013, 12:59 WIBDiterbitkan 16 Mar 2013, 12:59 WIB"


def test_the_two_labelled_times_make_a_header_line():
    for line in (GLUED, "Diperbarui 16 Mar 2013, 12:59 WIB Diterbitkan 16 Mar 2013, 12:59 WIB",
                 "Diperbarui 11 Jun 2024, 09:00 WIB | Diterbitkan 10 Jun 2024, 18:30 WIB",
                 "Diterbitkan 12 Feb 2024, 10:15 WIB · Diperbarui 12 Feb 2024, 13:30 WIB"):
        assert is_header_line(line), line


def test_the_times_and_the_video_heading_leave_and_the_code_is_read():
    assert is_noise("Video Pilihan Hari Ini")
    result = clean_body([Block(TEXT[0]), Block(f"{TEXT[1]} (Ism)"), Block(GLUED), Block("Advertisement"),
                         Block("Video Pilihan Hari Ini")])
    assert result.paragraphs == TEXT


def test_sentences_with_two_times_stay():
    for line in ("Rapat digelar 16 Mar 2013, 12:59 WIB lalu diperbarui 17 Mar 2013, 12:59 WIB",
                 "Diperbarui 16 Mar 2013, 12:59 WIB Polisi menangkap 17 Mar 2013, 12:59 WIB"):
        assert not is_header_line(line), line
        assert clean_body([*(Block(text) for text in TEXT), Block(line)]).paragraphs[-1] == line
    line = "Video pilihan hari ini diputar di layar besar alun-alun kota sejak pukul 19.00 WIB."
    assert not is_noise(line)

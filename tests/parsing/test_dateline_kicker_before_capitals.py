"""A kicker's or a headline's words run into a dateline in capitals on one line (`Jonas Curhat Soal Bendungan Kolhua
KUPANG,  Rencana ...`, a blog's copy of a paper's story; `Suicide bid not crime KUWAIT CITY, Nov 28: Reacting ...`, a
paper's list of stories): the words before a listed place in capitals are no part of the dateline."""

import pytest

from crawler.parsing import parse_dateline


def test_a_kickers_words_before_a_listed_place_in_capitals():
    text = ("Bukan Dadakan, Tapi Sudah Direncanakan\n\nJonas Curhat Soal Bendungan Kolhua KUPANG,  Rencana pembangunan "
            "Bendungan Kolhua di Kelurahan Kolhua, Kecamatan Maulafa, bukan kegiatan dadakan. Tapi, sudah direncanakan "
            "sejak lama")
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency, found.raw) == ("KUPANG", None, "KUPANG,")
    assert text[found.end:].lstrip().startswith("Rencana")


def test_a_headlines_words_before_a_place_in_capitals_and_its_date():
    text = ("‘Deportation of expats is illegal’\n\nSuicide bid not crime KUWAIT CITY, Nov 28: Reacting to the "
            "recently-published news article on suicide cases, an assistant professor at the Kuwait College of …")
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == ("KUWAIT CITY", None)
    assert text[found.end:].lstrip().startswith("Reacting")


@pytest.mark.parametrize("text", [
    "PLATFORM dalam talian bantu peniaga jual juadah berbuka BANDAR SERI BEGAWAN, Sabtu, 25 April. - Menteri Kesihatan, "
    "Yang Berhormat Dato Seri Setia Dr. Awang Haji Md. Isham bin Haji Jaafar berkata",
    "Doa Selamat, Menutup Gendang Jaga-Jaga sempurna dilaksanakan BANDAR SERI BEGAWAN, Selasa, 25 Januari. - Kemeriahan "
    "Istiadat Perkahwinan Diraja di antara Yang Teramat Mulia Paduka Seri Pengiran Anak Puteri",
])
def test_a_front_pages_headline_before_its_dateline(text):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == ("BANDAR SERI BEGAWAN", None)
    assert text[found.end:].lstrip().startswith(("Menteri", "Kemeriahan"))


@pytest.mark.parametrize("text", [
    # a sentence's words before capitals and a dash, a lower-case word after it
    "Oleh karena itu JAKARTA - kota ini perlu berbenah agar tidak tenggelam.",
    # capitals no list has: a caption's label or a village, no dateline
    "Jonas Curhat Soal Bendungan KOLHUA,  Rencana pembangunan Bendungan Kolhua di Kelurahan Kolhua, Kecamatan Maulafa, "
    "bukan kegiatan dadakan.",
    "Foto Bersama Para Peserta PELATIHAN, Rencana pembangunan Bendungan Kolhua di Kelurahan Kolhua, Kecamatan Maulafa, "
    "bukan kegiatan dadakan.",
    # an acronym breaks the title-case words: a body's name, no kicker
    "Ketua DPRD KUPANG, Rencana pembangunan Bendungan Kolhua di Kelurahan Kolhua, Kecamatan Maulafa, bukan kegiatan.",
])
def test_no_dateline_at_capitals_no_list_has_or_after_an_acronym(text):
    found = parse_dateline(text)
    assert found is None or found.place is None

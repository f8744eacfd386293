"""A place's compass word typed in lower case before the agency's parentheses (`Tulang Bawang barat (SL)-Komisi`): the
parentheses vouch for the place, as a sentence's lower-case word before a credit in parentheses does not open one."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, agency, rest", [
    ("Tulang Bawang barat (SL)-Komisi III Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Tulang Bawang Barat (Tubaba) "
     "menyayangkan kualitas pembangunan proyek jalan rigid beton", "Tulang Bawang barat", "SL", "Komisi"),
    ("Tulangbawang Barat ( SL)-Kantor Pertanahan Tulangbawang Barat optimis akan menerbitkan sertifikat 4000 hektare",
     "Tulangbawang Barat", "SL", "Kantor"),
    ("Jakarta timur (ANTARA) - Pemerintah Kota Administrasi Jakarta Timur menyiapkan", "Jakarta timur", "ANTARA",
     "Pemerintah"),
])
def test_a_lower_case_compass_word_before_the_agency(text, place, agency, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert text[found.end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text", [
    "Warga desa barat (foto) - Pemerintah desa membagikan bantuan",
    "KETUA Umum (Ketum) Pengurus Besar Nahdlatul Ulama (PBNU) KH Yahya Cholil Staquf mengimbau kepada seluruh pihak",
])
def test_no_dateline_at_a_sentence_before_parentheses(text):
    found = parse_dateline(text)
    assert found is None or (found.place is None and found.agency is None)

"""A Malay paper's place, its date and a colon for the dash (`SHAH ALAM, 2 Nov: The Royal Malaysian Police (PDRM) ...`):
the date ends at the colon, so an acronym in parentheses in the sentence after it is no agency of the dateline."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, rest", [
    ("PDRM Urged to Improve Existing System\n\nSHAH ALAM, 2 Nov: The Royal Malaysian Police (PDRM) has been asked to "
     "improve their existing system in order to curb crime.", "SHAH ALAM", "The Royal"),
    ("KUALA LUMPUR, 27 Okt: Seramai 1,514 orang mangsa (PPS) banjir di Perak dan Kedah masih berlindung", "KUALA LUMPUR",
     "Seramai"),
])
def test_no_agency_from_the_sentence_after_the_date_and_colon(text, place, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, None)
    assert text[found.end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text, place, agency", [
    ("KUALA LUMPUR, June 25 (NNN-BERNAMA) — Radio Televisyen Malaysia (RTM) today launched a new channel",
     "KUALA LUMPUR", "NNN-BERNAMA"),
    ("Jakarta, 7 Sha’ban 1437/15 May 2016 (MINA) – The Chairman of the Indonesian Ulema Council (MUI) Ma’ruf Amin said",
     "Jakarta", "MINA"),
    ("Jakarta, 12/3/2021 10:30 WIB (ANTARA) - Pemerintah menyiapkan", "Jakarta", "ANTARA"),
])
def test_the_agency_after_a_date_with_a_clock_stays(text, place, agency):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)

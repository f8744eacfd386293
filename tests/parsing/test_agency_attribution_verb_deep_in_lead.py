"""RMOL's network may close a lead's long sentence with the attribution after a speaker's title and name of many
words (`Demikian disampaikan pengamat politik dari Universitas Mercu Buana Maksimus Ramses Lalongkoe seperti
diberitakan Kantor Berita Politik RMOL melalui pesan singkat, Kamis (28/6).`, RMOLBanten, 2018): more words than the
clause's lead takes, with no comma or quotation before them. The verb right before the agency's capitalised full title
starts the clause there; the attribution, the agency and its day are read. A wire cited in lower case (`seperti dikutip
kantor berita AFP`) or a clause with no day stays a sentence of the body, and a dateline below still wins."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline

BODY = "\nPemerintah mengumumkan kebijakan baru."


@pytest.mark.parametrize(("text", "base", "raw", "day"), [
    # The speaker's title and name of many words, the clause's channel between the agency and its day (2018).
    ("Demikian disampaikan pengamat politik dari Universitas Mercu Buana Maksimus Ramses Lalongkoe seperti diberitakan "
     "Kantor Berita Politik RMOL melalui pesan singkat, Kamis (28/6).", date(2018, 6, 28), "RMOL", date(2018, 6, 28)),
    # The lead's first sentence above it.
    ("Banyaknya calon yang dipaksakan menjadi penyebab kemerosotan PDI-P di Pilkada serentak tahun ini. Demikian "
     "disampaikan pengamat politik dari Universitas Mercu Buana Maksimus Ramses Lalongkoe seperti diberitakan Kantor "
     "Berita Politik RMOL melalui pesan singkat, Kamis (28/6).", date(2018, 6, 28), "RMOL", date(2018, 6, 28)),
])
def test_attribution_verb_deep_in_the_lead(text, base, raw, day):
    found = parse_dateline(text + BODY, base=base)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.agency_raw, found.date) == (None, "RMOL", raw, day)


@pytest.mark.parametrize("text", [
    # A foreign wire cited in lower case (news sites' copies, 2019 and 2024).
    "\"Jasadnya ditemukan di sebuah sungai di dalam gua,\" ujar Law seperti dikutip kantor berita AFP, Sabtu (13/7/2019).",
    "Demikian disampaikan juru bicara militer negara itu dalam keterangan resminya seperti dikutip kantor berita AFP, "
    "Sabtu (27/4/2024).",
    # The agency's full title with no day after it.
    "Demikian disampaikan pengamat politik dari Universitas Mercu Buana Maksimus Ramses Lalongkoe seperti diberitakan "
    "Kantor Berita Politik RMOL melalui pesan singkat.",
])
def test_no_attribution_without_the_title_and_a_day(text):
    assert place_and_agency(text + BODY) is None


def test_a_dateline_below_still_wins():
    text = ("Demikian disampaikan pengamat politik dari Universitas Mercu Buana Maksimus Ramses Lalongkoe seperti "
            "diberitakan Kantor Berita Politik RMOL melalui pesan singkat, Kamis (28/6).\n\nSerang, RMOLBanten - "
            "Pemerintah mengumumkan kebijakan baru.")
    assert place_and_agency(text) == ("Serang", "RMOL")

"""MINA's Arabic edition writes a village and its regency before the agency, parted by Arabic commas, as its Latin
editions write `Al-Muhajirun, Lampung Selatan, MINA –` (2024: `مهاجرون، جنوب لامبونج، مينا –`, "Muhajirun, South
Lampung"). Opening the text and closed by the dash, the parts are the place; a sentence's clauses parted by commas
before the agency's name are none."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline
from crawler.sites import SITES
from dateline_readings import place_and_agency  # beside this file

LEAD = " تظل المؤسسة الإنسانية التي تهتم بفلسطين، مجموعة عمل الأقصى (AWG)، ملتزمة بتوجيه التبرعات إلى فلسطين."


@pytest.mark.parametrize(("opening", "place"), [
    ("مهاجرون، جنوب لامبونج، مينا –", "مهاجرون، جنوب لامبونج"),
    ("ناتار، جنوب لامبونج، مينا –", "ناتار، جنوب لامبونج"),
    ("بوغور، جاوة الغربية، مينا –", "بوغور، جاوة الغربية"),
    # Near misses that stay as they were: one part, a space before the comma, the long form of 2012.
    ("لامبونج، مينا –", "لامبونج"), ("جاكرتا ، مينا –", "جاكرتا"), ("جنوب لامبونج، مينا –", "جنوب لامبونج"),
])
def test_a_place_of_parts_before_the_agency(opening, place):
    assert place_and_agency(opening + LEAD) == (place, "MINA")
    found = parse_dateline(opening + LEAD, profile=SITES["mina"])
    assert (found.place, found.agency, found.raw) == (place, "MINA", opening)


@pytest.mark.parametrize("sentence", [
    "أكد السفير، في حديث خاص، لوكالة مينا – أن الدعم مستمر.",
    "في جاكرتا، الإثنين، قال المتحدث مينا – إن الدعم مستمر.",
    "صرح بذلك رئيس هيئة رئاسة الفريق العامل المخصص، نور إخوان عبادي إلى مينا، على هامش فعالية مخيم دورة القدس.",
])
def test_a_sentences_clauses_before_the_agencys_name_are_no_place(sentence):
    assert place_and_agency(sentence) is None

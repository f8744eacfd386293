"""A wire's place in capitals and its region or country in title case before the wire's parentheses, the dash dropped
(`RAFAH, Gaza Strip (AP) The border crossing ...`: a news API's copy of the story's opening), read as the dateline with
the dash: the place with its region, the table's agency."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    # a news API's `content` field of AP stories, 2022-2025
    ("DEIR AL-BALAH, Gaza Strip (AP) Battles around hospitals have forced thousands of Palestinians to flee from some "
     "of the last shelters in northern Gaza", ("DEIR AL-BALAH, Gaza Strip", "AP")),
    ("RAFAH, Gaza Strip (AP) The border crossing between Egypt and Gaza opened Saturday to let a trickle of desperately "
     "needed aid into the besieged Palestinian territory", ("RAFAH, Gaza Strip", "AP")),
    ("KHAN YOUNIS, Gaza Strip (AP) Israeli warplanes heavily bombarded an area around Khan Younis in southern Gaza on "
     "Monday", ("KHAN YOUNIS, Gaza Strip", "AP")),
    ("KYIV, Ukraine (AP) Russia struck the northeastern city of Kharkiv with aerial bombs Wednesday for the first time "
     "since 2022", ("KYIV, Ukraine", "AP")),
    ("Ukraine: Rockets strike mayor's office in separatist Donetsk\nKYIV, Ukraine (AP) The mayors office in a key "
     "eastern Ukrainian city controlled by pro-Kremlin separatists was struck", ("KYIV, Ukraine", "AP")),
    # the sentence opening with the article `A`
    ("TEL AVIV, Israel (AP) A ship traveling through the southern Red Sea was attacked by a suspected Yemen Houthi "
     "rebel drone early on Tuesday", ("TEL AVIV, Israel", "AP")),
    ("TEL AVIV, Israel (AP) Hamas on Thursday released the bodies of four Israeli hostages", ("TEL AVIV, Israel", "AP")),
    # the dash written, as before
    ("RAFAH, Gaza Strip (AP) — Truckloads of aid idled at Egypt’s border with Gaza", ("RAFAH, Gaza Strip", "AP")),
    ("JERUSALEM (AP) Israel said on Sunday it would reopen the crossing", ("JERUSALEM", "AP")),
    # a regional outlet's place and name, as before
    ("TAPANULI SELATAN (LENSAKINI) – Menanggapi pemberitaan yang menyebut Polres Tapanuli Selatan lamban",
     ("TAPANULI SELATAN", "LENSAKINI")),
])
def test_a_wire_place_before_the_wire_with_the_dash_dropped(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    # a caption's words before a credit are no wire's place
    "Suasana rapat di Balai Kota, Jakarta Pusat (ANTARA) Presiden Joko Widodo",
])
def test_a_caption_before_a_credit_stays_no_dateline(text):
    assert place_and_agency(text) is None

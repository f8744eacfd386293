"""A broadcaster's initials in parentheses glued to the sentence, no dash nor space (CNN's house style since 2015:
`Kyiv, Ukraine (CNN)The thunder ...`): read after a listed city or its country, with a table's agency or initials."""

from dateline_readings import place_and_agency  # beside this file


def test_city_and_initials_glued_to_sentence():
    text = ("Washington (CNN)The US airstrike that killed Iran Quds Force commander Qasem Soleimani generated starkly "
            "different reactions")
    assert place_and_agency(text) == ("Washington", "CNN")


def test_city_country_and_initials_glued_to_sentence():
    text = ("Kyiv, Ukraine (CNN)The thunder of explosions occasionally rattles the basement that has become the "
            "temporary home to 21 babies")
    assert place_and_agency(text) == ("Kyiv, Ukraine", "CNN")


def test_unlisted_city_before_its_country():
    text = ("Marseille, France (CNN)The French prosecutor leading an investigation into the crash of Germanwings "
            "Flight 9525")
    assert place_and_agency(text) == ("Marseille, France", "CNN")


def test_table_agency_glued_to_sentence():
    assert place_and_agency("Jakarta (ANTARA)Presiden Joko Widodo meresmikan bendungan.") == ("Jakarta", "ANTARA")


def test_title_case_word_in_parentheses_glued_stays_no_dateline():
    assert place_and_agency("Jakarta (Foto)Presiden Joko Widodo meresmikan bendungan.") is None


def test_initials_with_dash_stay():
    text = "Jakarta, Indonesia (CNN) — Indonesia's president opened the new capital."
    assert place_and_agency(text) == ("Jakarta, Indonesia", "CNN")

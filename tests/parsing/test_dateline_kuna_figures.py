"""KUNA's Arabic copy: the place, then the day and the month in figures, each after a spaced hyphen, before the
agency's name in parentheses and a double hyphen (`الكويت - 2 - 8 (كونا) --`)."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize(("text", "day"), [
    # The page's clock above the dateline (KUNA's article page).
    ("LOC11:02\n08:02 GMT\nالكويت - 2 - 8 (كونا) -- مع بزوغ فجر الثاني من أغسطس 1990 ومنذ الساعات الأولى للغزو"
     " العراقي الغاشم للكويت لم تكن وكالة الأنباء الكويتية (كونا) بمنأى عن ممارسات قوات الاحتلال", date(2024, 8, 2)),
    ("الكويت - 15 - 3 (كونا) -- قال وزير الخارجية اليوم إن العلاقات بين البلدين متينة", date(2024, 3, 15)),
])
def test_a_day_and_month_in_figures_before_the_agency(text, day):
    found = parse_dateline(text, base=date(2024, 8, 3))
    assert (found.place, found.agency, found.date) == ("الكويت", "KUNA", day)
    assert found.raw.startswith("الكويت - ") and found.raw.endswith("(كونا) --")


@pytest.mark.parametrize("text", [
    # Figures after a place's dash with no agency after them: a score or a sentence, no date of a dateline.
    "القاهرة - 2 - 8 مع بزوغ فجر الثاني من أغسطس",
    # Three parts, a year too, are not KUNA's: left alone.
    "الكويت - 2 - 8 - 2020 (كونا) -- مع بزوغ فجر الثاني من أغسطس",
])
def test_figures_without_kunas_shape_read_no_agency(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None

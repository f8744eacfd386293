"""A writer's note mark after a printed credit (`Penulis: <Name>*`, the role in a footnote under the text) and a
writer's degrees after a bare byline's name (`Oleh <Name>, SH. MH`) are no part of the name."""
from crawler.parsing.credits import opinion_author, parse_credits
from crawler.parsing.html import Block


def test_a_note_mark_after_a_credit_is_no_part_of_the_name():
    assert parse_credits("Penulis: Emerald Magma Audha*").author == "Emerald Magma Audha"
    assert parse_credits("Penulis: Nurhidayat**").author == "Nurhidayat"
    assert parse_credits("Penulis: Zakariya Robbani").author == "Zakariya Robbani"


def test_degrees_after_a_bare_byline_are_no_part_of_the_name():
    # kumparan's user post: the byline over the writer's role.
    assert opinion_author(Block("Oleh Muh. Asri Irwan, SH. MH"), Block("Praktisi Hukum di Jakarta")) == "Muh. Asri Irwan"
    assert opinion_author(Block("Oleh Budi Santoso, S.H., M.H.")) == "Budi Santoso"


def test_a_second_name_or_a_sentence_after_the_comma_is_no_degree():
    assert opinion_author(Block("Oleh Budi Santoso, Ani")) is None
    assert opinion_author(Block("Oleh Budi Santoso, Dosen")) is None
    assert opinion_author(Block("Oleh karena itu, SH")) is None

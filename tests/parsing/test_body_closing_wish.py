"""A wish in brackets after the last sentence is the writer's own word, not a closing credit (Jawara Post's `... dia
Bupati yang bertetangga. (Semoga)`, "hopefully"); a writer's code in one capitalized word is still read (`(Sug)`)."""

from __future__ import annotations

from crawler.parsing.credits import split_signature

LAST = ("Sejatinya, 2 pemimpin daerah mengevaluasi keadaan itu. Bisa saja, pengajuan alokasi anggaran propensi dengan "
        "dukungan penuh dia Bupati yang bertetangga.")


def test_a_closing_wish_stays_in_the_text():
    for wish in ("(Semoga)", "(Aamiin)", "(Insyaallah)"):
        assert split_signature(f"{LAST} {wish}") == (f"{LAST} {wish}", None)


def test_a_writers_code_in_one_word_is_still_read():
    assert split_signature(f"{LAST} (Sug)") == (LAST, {"raw": "(Sug)", "codes": ["Sug"]})

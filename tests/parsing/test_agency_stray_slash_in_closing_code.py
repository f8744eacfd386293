"""A closing code with a stray slash before its bracket (MINA's English edition, 2023: `... briefly detaining
them.(T/R3/)`): the slash names no code, so the codes are the letters around it, not an empty one after them."""

from __future__ import annotations

import pytest

from crawler.parsing.credits import split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body
from crawler.sites import SITES

MINA = SITES["mina"]
LAST = ("This comes at a time as Israeli forces intensify measures against Palestinians coming from Jerusalem to enter "
        "the Mosque, inspecting their IDs and briefly detaining them.")


def test_the_stray_slash_names_no_code():
    cleaned = clean_body([Block("Occupied Jerusalem, MINA – Dozens of fanatic Israeli settlers broke into the compounds."),
                          Block(LAST + "(T/R3/)"), Block("Mi’raj News Agency (MINA) "), Block("Tags:"),
                          Block("Related news")], profile=MINA)
    assert cleaned.paragraphs == ["Dozens of fanatic Israeli settlers broke into the compounds.", LAST]
    assert cleaned.signature == {"raw": "(T/R3/)", "codes": ["T", "R3"]}


@pytest.mark.parametrize(("code", "codes"), [
    # Near misses that stay as they were: every part named, a hyphenated lead, an empty bracket.
    ("(T/RE1/P2)", ["T", "RE1", "P2"]), ("(L-K-G/RE1)", ["L-K-G", "RE1"]), ("(L/K01/K02/Syt/P04)", ["L", "K01", "K02", "Syt", "P04"]),
    ("[]", []),
])
def test_codes_of_every_part_are_kept(code, codes):
    assert split_signature(f"{LAST} {code}", MINA) == (LAST, {"raw": code, "codes": codes})

"""Two writers of one-word names parted by a slash in the reporter's label (an ANTARA bureau's English copy:
`Pewarta : Ogen/Suharto` over `Editor : Budisantoso Budiman`) are two writers, listed by commas as full names parted
by a slash already are; a short code, a picture's source, an agency, an outlet's word or a place after the slash
names no second writer. Real lines (lampung.antaranews.com, 2024) in a reduced page of the current template; made-up
near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = ("https://lampung.antaranews.com/berita/485786/"
       "fires-ravage-60-hectares-land-in-bintan-district-riau-island-province-in-one-week")
LEAD = ("Bintan, Riau Islands (ANTARA) - Fires have laid to waste around 60 hectares of peatland and bushland in "
        "Bintan district, Riau Islands province in the past week, an official said.")
LAST = ("A forest and land fire task force has also been formed with personnel from the fire department, the "
        "military, the police, the environment and forestry office, and the public.")


def _page(*credit_lines: str) -> str:
    return ("<html><head><title>Fires ravage 60 hectares land in Bintan district - ANTARA News</title></head><body>"
            "<div class='wrap__article-detail'><h1 class='wrap__article-detail-title'>Fires ravage 60 hectares land "
            "in Bintan district</h1><div class='wrap__article-detail-info'><span>Jumat, 1 Maret 2024 14:05 WIB"
            "</span></div><div class='wrap__article-detail-content post-content'>"
            f"<p>{LEAD}</p><p>{LAST}</p><p><span class='baca-juga'>Baca juga: <a href='/berita/1/x'>Government makes "
            "maximal efforts to fight land, forest fires</a></span></p>"
            f"<p class='text-muted mt-2 small'>{'<br>'.join(credit_lines)}</p></div></div></body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_one_word_names_parted_by_a_slash_are_two_writers(profile):
    item = parse_article(_page("Pewarta : Ogen/Suharto", "Editor : Budisantoso Budiman", "Copyright © ANTARA 2024"),
                         URL, profile=profile)
    assert (item["author"], item["editor"]) == ("Ogen, Suharto", "Budisantoso Budiman")
    assert item["body"].endswith(LAST)


@pytest.mark.parametrize(("text", "author"), [
    ("Pewarta : Ogen/Suharto Editor : Budisantoso Budiman", "Ogen, Suharto"),
    ("Pewarta: Ogen / Suharto", "Ogen, Suharto"),
    ("Pewarta: Ogen/Aditya Eko Sigit Wicaksono", "Ogen, Aditya Eko Sigit Wicaksono"),
    # As before: full names parted by a slash, a publisher after the slash.
    ("Pewarta: Aditya Eko Sigit Wicaksono/Fitri Supratiwi", "Aditya Eko Sigit Wicaksono, Fitri Supratiwi"),
    ("Pewarta: Budi Santoso/Antara", "Budi Santoso"),
    ("Pewarta: Suharto/Antara", "Suharto"),
    # Near misses: a desk's code or a short source after the slash, a picture's source, a place: no second writer.
    ("Pewarta: Kiki Cahyadi/Koz", "Kiki Cahyadi/Koz"),
    ("Pewarta: Ahmad/Ist", "Ahmad/Ist"),
    ("Pewarta: Ogen/Dokumentasi", "Ogen/Dokumentasi"),
    ("Pewarta: Suharto/Bintan", "Suharto/Bintan"),
])
def test_the_reporters_label_lists_its_writers(text, author):
    assert parse_credits(text).author == author

"""The account that put a page up, printed among the credits (an ANTARA bureau's `Pewarta : Yashinta Difa Pramudyani`
over `Uploader : Admin 1` over `Copyright © ANTARA 2024`), wrote nothing of it: the reporter before it is still the
writer, the account no one's name. Real lines (kalteng.antaranews.com, 2023) in a reduced page of the current
template; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://kalteng.antaranews.com/berita/672606/moeldoko-harapkan-antara-terus-kawal-indonesia-jadi-negara-maju"
LEAD = ("Jakarta (ANTARA) - Kepala Staf Kepresidenan RI Moeldoko berharap Perum LKBN ANTARA bisa terus menjaga "
        "semangatnya untuk mengawal Indonesia menjadi negara maju.")
LAST = ("Pada tahun 1962 pemerintah mengambil alih NV Kantor Berita ANTARA dan mengubahnya menjadi sebuah lembaga "
        "pemerintah dengan nama Lembaga Kantor Berita Nasional ANTARA.")


def _page(*credit_lines: str, own_paragraphs: bool = False) -> str:
    credits = ("".join(f"<p>{line}</p>" for line in credit_lines) if own_paragraphs
               else f"<p class='text-muted mt-2 small'>{'<br>'.join(credit_lines)}</p>")
    return ("<html><head><title>Moeldoko harapkan ANTARA terus kawal Indonesia jadi negara maju - ANTARA News</title>"
            "</head><body><div class='wrap__article-detail'><h1 class='wrap__article-detail-title'>Moeldoko harapkan "
            "ANTARA terus kawal Indonesia jadi negara maju</h1><div class='wrap__article-detail-info'><span>Rabu, 13 "
            "Desember 2023 12:15 WIB</span></div><div class='wrap__article-detail-content post-content'>"
            f"<p>{LEAD}</p><p>{LAST}</p>{credits}"
            "</div></div></body></html>")


@pytest.mark.parametrize("own_paragraphs", [False, True])
@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_the_reporter_over_an_uploader_account_is_the_writer(profile, own_paragraphs):
    # The lines in one credit block, or each a paragraph of its own (the bureaus' AMP pages).
    item = parse_article(_page("Pewarta : Yashinta Difa Pramudyani", "Uploader : Admin 1", "Copyright © ANTARA 2024",
                               own_paragraphs=own_paragraphs), URL, profile=profile)
    assert (item["author"], item["editor"]) == ("Yashinta Difa Pramudyani", None)
    assert item["body"].endswith(LAST)
    assert "Uploader" not in item["body"] and "Admin 1" not in item["body"]


@pytest.mark.parametrize(("text", "author", "editor"), [
    ("Pewarta : Yashinta Difa Pramudyani Uploader : Admin 1 Copyright © ANTARA 2024", "Yashinta Difa Pramudyani", None),
    ("Pewarta: Yashinta Difa Pramudyani Editor: Budi Santoso Uploader: Admin 1", "Yashinta Difa Pramudyani",
     "Budi Santoso"),
    # Near misses: without the account the block reads as before.
    ("Pewarta : Yashinta Difa Pramudyani Copyright © ANTARA 2024", "Yashinta Difa Pramudyani", None),
    ("Pewarta : Yashinta Difa Pramudyani Editor : Budi Santoso", "Yashinta Difa Pramudyani", "Budi Santoso"),
])
def test_an_uploader_account_ends_the_name_before_it(text, author, editor):
    credits = parse_credits(text)
    assert (credits.author, credits.editor) == (author, editor)


@pytest.mark.parametrize("text", [
    # Alone it names no writer; in a sentence it is no label.
    "Uploader : Admin 1",
    "Uploader video itu mengaku tidak tahu asal rekaman tersebut.",
])
def test_an_uploader_alone_is_no_credit_block(text):
    credits = parse_credits(text)
    assert credits is None or (credits.author, credits.editor) == (None, None)

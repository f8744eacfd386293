"""A byline box of a theme no profile knows that prints a label of its own with its colon over the name (RM.id's column
box: `Catatan :` over `MUHAMAD FIKY`), or the name twice (RM.id's opinion box: the writer's photo labelled with the
name over the name, `SUPRATMAN` over `SUPRATMAN`, a columnist's bio under them): the writer is the name, once. Another
role's label still names no writer (the desk's `Red:` neither), and a person's one-word name said twice in title case
stays whole."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://rm.id/baca-berita/ngopi/6363/ownernya-sahabat-saya"
LEAD = ("RM.id  Rakyat Merdeka - “Judul koran loh itu gokil banget, dan luar biasa bro. Beda dengan media lain. Tampil "
        "berani dengan judul nyeleneh tanpa melihat siapa orangnya. Judul beritanya gua banget,” kata Fahmi (39), "
        "kepada saya sambil acungkan dua jempol seraya memuji judul Rakyat Merdeka.")
MORE = ("Fahmi, sahabat saya ini adalah pekerja swasta di migas. Ia mengaku, suka sama judul berita politik Rakyat "
        "Merdeka. Awalnya, Fahmi, tidak tahu Rakyat Merdeka.")


def page(byline_box: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Owner-nya Sahabat Saya</title></head>"
            "<body><header><div class='mode-switch'>Dark/Light Mode</div></header><main class='article'>"
            "<h1 class='article-title'>Owner-nya Sahabat Saya</h1><div class='article-date'>Minggu, 31 Maret 2019 08:16 "
            f"WIB</div><div class='author'>{byline_box}</div>"
            f"<div class='article-content' itemprop='articleBody'><p>{LEAD}</p><p>{MORE}</p></div></main>"
            "</body></html>").encode()


@pytest.mark.parametrize("byline_box, writer", [
    ("<div class='author-label'>Catatan :</div><div class='author-name'>MUHAMAD FIKY</div>", "MUHAMAD FIKY"),
    ("<div class='author-label'>Catatan:</div><div class='author-name'>Muhamad Fiky</div>", "Muhamad Fiky"),
    ("<div class='author-photo'><img src='/f.jpg' alt='SUPRATMAN'><span>SUPRATMAN</span></div>"
     "<div class='author-name'>SUPRATMAN</div>", "SUPRATMAN"),
    ("<span>Dede Zaki Mubarok</span> <span>Dede Zaki Mubarok</span>", "Dede Zaki Mubarok"),
    # RM.id's column box: the photo's label, the name and the columnist's bio under it
    ("<div class='author-photo'><img src='/k.jpg' alt=''><span>DR Ki Rohmad Hadiwijoyo</span></div>"
     "<div class='author-name'>DR Ki Rohmad Hadiwijoyo</div><div class='author-bio'>Dalang Wayang Politik</div>",
     "DR Ki Rohmad Hadiwijoyo"),
])
def test_the_writer_is_the_name_once(byline_box, writer):
    item = parse_article(page(byline_box), URL)
    assert item["author"] == writer
    assert item["body"].startswith("“Judul koran loh itu gokil banget")


@pytest.mark.parametrize("byline_box, writer", [
    ("<span>Ahmad Ahmad</span>", "Ahmad Ahmad"),  # a person's one-word name said twice
    ("<span>Oleh: Muhamad Fiky</span>", "Muhamad Fiky"),  # the writer's own label, as before
    ("<span>Editor: Muhamad Fiky</span>", None),  # another role's label names no writer
    ("<span>Red: Sadly Rachman</span>", None),  # nor the desk's short label (Republika TV)
])
def test_near_misses_stay(byline_box, writer):
    assert parse_article(page(byline_box), URL)["author"] == writer

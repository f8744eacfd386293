"""A caption closed by its photo credit with the dash glued to the label (Astro Awani 2016: `Khalid berkata identiti
kedua-dua mereka ... itu akan disiasat. -Foto Astro AWANI` under the story, after the site's name over the day): the
caption is no text, nor are the lines over it. A sentence going on in small letters after the word stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = ("http://astroawani.com/berita-malaysia/jabatan-peguam-negara-akan-tentukan-tindakan-terhadap-2-wartawan-"
       "australia-kpn-98462")
LEAD = ("Jabatan Peguam Negara akan menentukan tindakan sewajarnya terhadap dua warga Australia yang ditahan selepas "
        "merempuh kawalan keselamatan kerana cuba menemu bual perdana menteri, malam tadi.")
LAST = "Mereka tiba di Kuching pada Sabtu dengan alasan membuat liputan lawatan perdana menteri ke Sarawak."
CAPTION = ("Khalid berkata identiti kedua-dua mereka yang mendakwa sebagai wartawan Australia Broadcasting Corporation "
           "(ABC) itu akan disiasat.")


def page(*after: str) -> bytes:
    tail = "".join(f"<p>{line}</p>" for line in after)
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='utf-8'><title>Jabatan Peguam Negara akan tentukan "
            "tindakan</title><meta property='article:published_time' content='2016-03-13T12:48:00+08:00'></head><body>"
            f"<article><h1>Jabatan Peguam Negara akan tentukan tindakan</h1><div class='content'><p>{LEAD}</p>"
            f"<p>{LAST}</p>{tail}</div></article></body></html>").encode()


@pytest.mark.parametrize("credit", [" -Foto Astro AWANI", " - Foto Astro AWANI", " –Foto BERNAMA"])
def test_the_credited_caption_is_no_text(credit):
    body = parse_article(page("Astro Awani", "Sun Mar 13 2016", CAPTION + credit), URL)["body"]
    assert body.endswith("lawatan perdana menteri ke Sarawak.")


def test_a_sentence_after_the_word_stays():
    last = "Polis masih menyiasat kes itu. -Foto itu diambil semalam oleh jurugambar kami di Kuching."
    assert parse_article(page(last), URL)["body"].endswith(last)

"""A reporter's initials or full name in lower case, unbracketed, run onto the last sentence: Surabaya Post 2010's
`... di atas 200 gross ton (GT). isa` and Koran Tempo 2004's `... tata krama jurnalistik. faidil akbar` (both as
reposted on blogs). The tail leaves the body; a speaker after a quotation, a name after an abbreviation's stop and the
text's own little words stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

OPENING = ("PROBOLINGGO - Dermaga Tanjung Tembaga baru, Kota Probolinggo yang diujicoba 14 April lalu hingga kini "
           "belum juga dioperasikan. Kementerian Perhubungan (Dephub) juga belum menyerahkan pengelolaan pelabuhan itu.")
MIDDLE = ("Wiliyanto juga mengaku tidak tahu, kapan dermaga baru di sisi barat pelabuhan Tanjung Tembaga itu bakal "
          "dioperasikan. ”Pertengahan April lalu sebatas ujicoba, belum dioperasikan secara resmi,” ujarnya.")


def blog_post(last: str) -> bytes:
    """A Blogger post: the paragraphs parted by `<br />`, as the reposting blog printed them."""
    body = "<br /><br />".join((OPENING, MIDDLE, last))
    return ("<html><head><title>Usai Uji Coba, Pelabuhan Probolinggo Nganggur</title></head><body>"
            "<div class='post hentry'><h3 class='post-title entry-title'>Usai Uji Coba, Pelabuhan Probolinggo "
            f"Nganggur</h3><div class='post-body entry-content'>{body}</div></div></body></html>").encode()


def body_of(last: str) -> str:
    return parse_article(blog_post(last), "http://example.blogspot.com/2010/07/dermaga.html")["body"]


@pytest.mark.parametrize(("last", "kept"), [
    # Surabaya Post: the desk's initials.
    ("Pelabuhan peninggalan Belanda itu kedalaman dermaganya hanya sekitar 2 meter sehingga tidak bisa dimasuki "
     "kapal-kapal besar di atas 200 gross ton (GT). isa",
     "kapal-kapal besar di atas 200 gross ton (GT)."),
    # Koran Tempo: the reporter's full name.
    ("Menurut dia, masalah ini harus diselesaikan secara bersama antara kalangan pers, instansi pemerintah, maupun "
     "swasta melalui proses penyadaran tata krama jurnalistik. faidil akbar",
     "melalui proses penyadaran tata krama jurnalistik."),
])
def test_a_lower_case_name_run_onto_the_last_sentence_leaves_the_body(last, kept):
    body = body_of(last)
    assert body.endswith(kept)
    assert body.startswith("Dermaga Tanjung Tembaga baru")


@pytest.mark.parametrize("last", [
    # A speaker after a quotation closes the sentence.
    'Data showed an increase of about 12 percent. "The public should not easily trust unverified information," '
    "she remarked.",
    # A name after an abbreviation's full stop, the sentence unstopped.
    "The ministry said the talks would go on next week, according to U.S. officials",
    # The text's own little words in lower case.
    "Pelabuhan itu masih sepi hingga kini, kata warga. dan seterusnya",
    # A sentence's last word after a number's full stop is no name when the sentence is stopped.
    "Kapal-kapal besar di atas 200 gross ton tidak bisa masuk ke sana pada pukul 10.00 tadi pagi.",
])
def test_a_sentence_s_own_lower_case_ending_stays(last):
    assert body_of(last).endswith(last)

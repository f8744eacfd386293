"""A press office's source in lower case and the writer's code after a bar, run into the last sentence (a portal's
`... jelasnya.(pid polres|red)`): the article's closing code, as the same after a slash is. Words in a sentence's
brackets with a bar stay."""

from __future__ import annotations

from crawler.parsing.credits import split_signature

LAST = ("“Di Kediri ada yang melakukan gambar yang sifatnya provokatif dan negatif. Karena ajakan gambar itu merugikan "
        "masyarakat, ” jelasnya.")


def test_a_source_and_a_code_after_a_bar_close_the_article():
    assert split_signature(f"{LAST}(pid polres|red)") == (LAST, {"raw": "(pid polres|red)",
                                                                  "codes": ["pid polres", "red"]})


def test_the_slash_is_still_read():
    assert split_signature(f"{LAST} (ril humas pemprov sumsel/ohs)")[1] == {
        "raw": "(ril humas pemprov sumsel/ohs)", "codes": ["ril humas pemprov sumsel", "ohs"]}


def test_a_sentences_bracket_with_a_bar_stays():
    for line in ("Ia memilih opsi kedua (pilih satu|dua) dalam formulir itu.",
                 "Data itu dihimpun dari dua sumber (dari bps|kemenkeu)"):
        assert split_signature(line) == (line, None)

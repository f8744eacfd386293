"""A desk's numbered code in square brackets run into the last sentence, an end mark's stars after it (Kabar Cianjur's
`... dalam pernyataannya.[KC.05]**`), is the article's closing code; the comment box's thanks under its count
(`Terima Kasih atas saran, masukan, dan komentar anda.`) is furniture. Such a code inside a sentence, and a thanks
that is not for the reader's comments, stay."""

from __future__ import annotations

from crawler.parsing.credits import split_signature
from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("BMKG memastikan bahwa gempa ini tidak berpotensi menimbulkan tsunami. Meskipun pusat gempa berada di laut, "
         "kedalaman yang relatif dangkal menjadi faktor yang meminimalisir kemungkinan terjadinya tsunami.")
LAST = ("\"Masyarakat diimbau untuk tidak panik dan tetap tenang. Jika terjadi gempa susulan, segera cari tempat yang "
        "aman dan hindari bangunan yang berpotensi ambruk,\" ujar salah satu pejabat BMKG dalam pernyataannya.")


def test_the_numbered_desk_code_and_its_stars_close_the_article():
    result = clean_body([Block(FIRST), Block(f"{LAST}[KC.05]**"), Block("Comments0"),
                         Block("Terima Kasih atas saran, masukan, dan komentar anda.")])
    assert result.paragraphs == [FIRST, LAST]
    assert result.signature == {"raw": "[KC.05]", "codes": ["KC.05"]}


def test_the_code_with_no_stars_after_a_full_stop_is_read():
    assert split_signature(f"{LAST} [KC.05]") == (LAST, {"raw": "[KC.05]", "codes": ["KC.05"]})


def test_such_a_code_inside_a_sentence_stays():
    for line in ("Aturan itu tercantum dalam lampiran [KB.02] peraturan daerah.", "Ia mengutip pasal itu [KC.05]**"):
        assert split_signature(line) == (line, None)


def test_a_thanks_not_for_the_readers_comments_stays():
    assert is_noise("Terima kasih atas komentar Anda.")
    for line in ("Terima kasih atas komentar Bapak Bupati kemarin, kata warga.",
                 "Terima kasih atas saran dan masukan anda, ujar Kapolres."):
        assert not is_noise(line), line

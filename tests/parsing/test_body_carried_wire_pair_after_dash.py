"""A paragraph of a wire's story signed off after a dash with the carrier's and the source's names, both agencies (a
Malay blog's copy of a wire report: `... pulang ke hotel,'' kata Abdulkarim. - REUTERS/AFP`), is the story's last
paragraph: it reports what someone said, so it stays and the sign-off goes. A line so signed that reports no one is a
photo's caption and goes, as before."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Muhideen Mohamed, yang bekerja dengan kelab Putera 1Malaysia, berkata, Noramfaizul Mohd. Nor, 39 (gambar), yang "
        "bekerja dengan stesen televisyen BernamaTV, terkena tembakan pasukan AMISOM ketika menjalankan kawalan di bandar "
        "ini.",
        "Sementara itu, pegawai keselamatan tentera Kesatuan Afrika (AU), Adbukarim Ali berkata, wartawan terbabit "
        "terbunuh ketika meletus pertempuran antara tentera AU dan kumpulan bersenjata yang lain di bandar berkenaan."]
LAST = ("''Noramfaizul terkena tembakan semasa berada di dalam kereta ketika dalam perjalanan pulang ke hotel,'' kata "
        "Abdulkarim.")


def _clean(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_reported_paragraph_stays_without_its_sign_off():
    assert _clean([*TEXT, f"{LAST} - REUTERS/AFP", "No comments:", "Post a Comment"]) == [*TEXT, LAST]
    assert _clean([*TEXT, f"{LAST} – AFP/Reuters"]) == [*TEXT, LAST]


def test_a_malay_reporting_word_keeps_it_too():
    last = ("Pegawai keselamatan tentera Kesatuan Afrika berkata wartawan terbabit terbunuh ketika meletus "
            "pertempuran.")
    assert _clean([TEXT[0], f"{last} - REUTERS/AFP"]) == [TEXT[0], last]



def test_a_caption_so_signed_still_goes():
    caption = ("Warga Palestina memeriksa puing rumah yang hancur akibat serangan udara di Rafah, Jalur Gaza selatan. "
               "- REUTERS/AFP")
    assert _clean([*TEXT, caption]) == TEXT


def test_the_wire_alone_after_the_dash_reads_as_before():
    assert _clean([*TEXT, f"{LAST} - REUTERS"]) == [*TEXT, LAST]

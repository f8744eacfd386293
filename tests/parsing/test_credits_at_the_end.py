"""Writers named around the text's end: the byline of the header an article's last page repeats under its text (ANTARA's
paged features), a name in brackets under the closing code (Okezone)."""
from crawler.parsing.credits import header_line_author
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TITLE = "Spektrum - Menelusuri sejarah jurnalistik Indonesia di ANTARA Heritage Center"
BYLINE = "Oleh Farhan Arda Nugraha Minggu, 16 Juni 2024 18:00 WIB"
PARAGRAPHS = ["Galeri foto Graha ANTARA terbagi menjadi dua ruangan. Ruangan pertama, saat ini memamerkan seri foto "
              "bersejarah Gedung ANTARA dan kawasan Pasar Baru, yang hingga saat ini masih terawat apik di sana.",
              "Di museum ini terpajang potret empat pendiri ANTARA, yakni Adam Malik, Soemanang, A.M. Sipahoetar, "
              "dan Pandoe Kartawigoena, serta mesin ketik dan sepeda peninggalan mereka."]


def test_the_byline_under_the_repeated_headline_names_the_writer():
    cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, TITLE, BYLINE]], title=TITLE)
    assert cleaned.paragraphs == PARAGRAPHS
    assert cleaned.credits.author == "Farhan Arda Nugraha"


def test_a_header_copy_elsewhere_names_nobody():
    # Without the headline over it, a byline with a time inside the text may be another story's.
    cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, BYLINE]], title=TITLE)
    assert cleaned.paragraphs == PARAGRAPHS
    assert cleaned.credits.author is None


def test_a_header_line_without_a_name_names_nobody():
    assert header_line_author(BYLINE) == "Farhan Arda Nugraha"
    assert header_line_author("Minggu, 16 Juni 2024 18:00 WIB") is None
    assert header_line_author("Galeri foto Graha ANTARA terbagi menjadi dua ruangan.") is None


CLOSING = ("Selama pemaparan, para mahasiswa memperhatikan dengan antusias. Dalam kesempatan ini, mereka juga "
           "ditantang untuk menulis di Rubik Okezone mengenai kunjungan tersebut.(afr)")


def test_a_full_name_in_brackets_under_the_code_names_the_writer():
    # Okezone 2017: the editor's code closes the text, the writer's name in brackets on the line under it.
    cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, CLOSING, "(Susi Fatimah)"]])
    assert cleaned.paragraphs == [*PARAGRAPHS, CLOSING.removesuffix("(afr)")]
    assert cleaned.credits.author == "Susi Fatimah"


def test_other_lines_under_the_code_name_nobody():
    # The agency's name under MINA's code, a desk in brackets: no writer.
    for line in ["Mi’raj News Agency (MINA)", "(Humas Polres)", "(MINA)"]:
        cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, CLOSING, line]])
        assert cleaned.paragraphs == [*PARAGRAPHS, CLOSING.removesuffix("(afr)")], line
        assert cleaned.credits.author is None, line

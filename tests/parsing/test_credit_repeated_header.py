"""The byline of the header an article's last page repeats under its text (ANTARA's paged features)."""
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

"""A labelled byline printed with its name left blank, the comma and the writer's role after the label all the same
(MINA 2021: `Oleh: , Wartawan Kantor Berita (Mi'raj News Agency)` over a column): no author, and no text. A sentence
opening with the word, and a byline naming its writer, stay as they are."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.credits import blank_name_byline
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Pemberitaan posotif tentang dunia Islam secara umum seringkali tenggelam oleh konten-konten pemberitaan "
         "media Barat yang cenderung bebas dan sekuler, lebih mem-blow up medan konflik umat Islam, lebih cenderung "
         "memojokkan umat Islam.")
SECOND = ("Sementara perlawanan dari umat Islam sendiri masih dianggap belum cukup berarti. Terbukti, "
          "berita-berita yang mencerahkan, bernilai Islami, bermuatan rahmatan lil ‘alamin, masih belum banyak "
          "menghiasi media massa.")
BLANK = "Oleh: , Wartawan Kantor Berita (Mi’raj News Agency)"

PAGE = f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<title>Catatan 9 Tahun Kantor Berita MINA, Sebuah Media Perjuangan</title>
<meta property="og:title" content="Catatan 9 Tahun Kantor Berita MINA, Sebuah Media Perjuangan" />
<meta property="article:published_time" content="2021-12-18T08:10:00+07:00" /></head>
<body class="single single-post"><article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Catatan 9 Tahun Kantor Berita MINA, Sebuah Media Perjuangan</h1>
</header><div class="entry-content"><p>{BLANK}</p><p>{FIRST}</p><p>{SECOND}</p></div></article></body></html>"""


def test_the_blank_byline_leaves_and_names_nobody():
    item = parse_article(PAGE, "https://minanews.net/catatan-9-tahun-kantor-berita-mina-sebuah-media-perjuangan/")
    assert item["body"] == f"{FIRST}\n\n{SECOND}"
    assert item["author"] is None
    result = clean_body([Block("Oleh :  , Redaktur Senior"), Block(FIRST), Block(SECOND)])
    assert result.paragraphs == [FIRST, SECOND] and result.credits.author is None and result.byline_author is None


def test_a_named_byline_and_sentences_stay_as_they_are():
    result = clean_body([Block("Oleh: Ali Farkhan Tsani, Wartawan Kantor Berita (Mi’raj News Agency)"), Block(FIRST)])
    assert result.paragraphs == [FIRST] and result.byline_author == "Ali Farkhan Tsani"
    for line in ("Oleh karena itu, pemerintah daerah diminta segera bertindak.",
                 "Oleh: , Wartawan. Tulisan ini dimuat ulang dari laman lain dengan izin penulisnya.",
                 "Penulis: Hartati, Wartawan Tribun Sumsel",
                 "Dia menulis, oleh: , dan seterusnya"):
        assert not blank_name_byline(line)
    line = "Oleh karena itu, pemerintah daerah diminta segera bertindak."
    assert clean_body([Block(line), Block(FIRST)]).paragraphs == [line, FIRST]

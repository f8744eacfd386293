"""An opinion byline whose block runs on into the text (`Oleh: <Name>. <sentence>`) names the writer alone, and a bare
byline may close with a dash over the dateline (`Oleh <Name> –`); in a header line `pada hari` joins the byline's name
to its time, and the writer's degrees and role after commas are no part of the name."""
from crawler.parsing.credits import opinion_author, parse_header_line
from crawler.parsing.html import Block


def test_the_sentence_after_a_bylines_full_stop_is_no_part_of_the_name():
    # Analisa (2014): the column's first paragraph opens with its byline.
    text = "Oleh: Alda Muhsi. Banyak orang yang tidak mengetahui apa itu Kantor Berita Antara? Banyak yang bertanya-tanya"
    assert opinion_author(Block(text)) == "Alda Muhsi"
    assert opinion_author(Block("Oleh: Budi Santoso. Pemerintah menaikkan harga")) == "Budi Santoso"


def test_an_abbreviation_or_an_initial_before_a_full_stop_does_not_end_the_name():
    assert opinion_author(Block("Oleh: H. Dheni Kurnia")) == "H. Dheni Kurnia"
    assert opinion_author(Block("Oleh: Prof. Dr. Azyumardi Azra")) == "Prof. Dr. Azyumardi Azra"
    assert opinion_author(Block("Oleh: Ahmad Muh. Yani")) == "Ahmad Muh. Yani"
    assert opinion_author(Block("Oleh : Suyono HS. *")) == "Suyono HS"


def test_a_bare_byline_may_close_with_a_dash():
    # Media Permata (2025): the byline's own line over the dateline.
    assert opinion_author(Block("Oleh Yusrin Junaidi –")) == "Yusrin Junaidi"
    assert opinion_author(Block("Oleh Yusrin Junaidi -")) == "Yusrin Junaidi"
    assert opinion_author(Block("Oleh karena itu –")) is None


def test_pada_hari_joins_a_header_bylines_name_to_its_time():
    # TeropongSenayan's header line.
    header = parse_header_line("Oleh Fuad Bawazier pada hari Senin, 17 Okt 2022 - 15:10:49 WIB")
    assert header.author == "Fuad Bawazier"
    assert header.when == "Senin, 17 Okt 2022 - 15:10:49 WIB"


def test_a_labelled_header_bylines_degrees_and_role_are_no_part_of_the_name():
    header = parse_header_line("Oleh Fuad Bawazier, PhD, mantan Menkeu, pengamat ekonomi dan kebijakan publik pada hari "
                               "Senin, 17 Okt 2022 - 15:10:49 WIB")
    assert header.author == "Fuad Bawazier"
    # Without the byline's label, or without a role's word, the words before the time name no one.
    assert parse_header_line("Fuad Bawazier, PhD, mantan Menkeu, pengamat ekonomi dan kebijakan publik pada hari "
                             "Senin, 17 Okt 2022 - 15:10:49 WIB").author is None
    assert parse_header_line("Oleh Fuad Bawazier, Jakarta, dan kawan kawan lain lagi pada hari Senin, 17 Okt 2022 - "
                             "15:10:49 WIB").author is None

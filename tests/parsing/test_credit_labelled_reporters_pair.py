"""A reporter's label with its colon and two names parted by a slash (Gorontalo's province site 2023: `Reporter :
Nova/Haris`): both report, the first is no outlet as in a reporter line (`Laporan Wartawan Tribunnews.com/<name>`)."""
from crawler.parsing.credits import reporter_name
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

PARAGRAPHS = ["Governor also added that his rank together with Pohuwato regency administration keep doing effort to "
              "get an additional budget so that the Duhiadaa road can be totally handled.",
              "It can be solved if the land is handed-over to the ministry of transportation so the Paguat port can "
              "be repaired."]


def test_both_reporters_are_kept():
    cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, "Reporter : Nova Sari/Haris Putra"]])
    assert cleaned.credits.author == "Nova Sari, Haris Putra"
    cleaned = clean_body([Block(text) for text in [*PARAGRAPHS, "Reporter : Nova/Haris"]])
    assert cleaned.credits.author is not None and "Nova" in cleaned.credits.author


def test_a_colon_is_no_reporter_line():
    assert reporter_name("Reporter : Nova Sari/Haris Putra") is None
    # The reporter lines stay as they are.
    assert reporter_name("Laporan Wartawan Tribunnews.com, Budi Santoso") == "Budi Santoso"
    assert reporter_name("Laporan Wartawan Tribun Medan / Tommy Simatupang") == "Tommy Simatupang"
    assert reporter_name("Kontributor Lhokseumawe, Masriadi") == "Masriadi"

"""The coverage's label (`Liputan : <name>`, Carapandang Gorontalo over `POHUWATO, CARAPANDANG - ...`) names the
writer as `Laporan :` does; the word inside a longer one, or heading a rubric, is no label."""
import pytest

from crawler.parsing.credits import parse_credits


def test_the_coverage_label_names_the_writer():
    found = parse_credits("Liputan : Hamid Toliu")
    assert found is not None and found.author == "Hamid Toliu"


@pytest.mark.parametrize("line", ["Lokasi peliputan: Desa Marisa", "Liputan Khusus : Banjir Jakarta", "Liputan Khusus",
                                  "(Liputan6.com/Herman Zakharia)"])
def test_other_lines_name_nobody(line):
    found = parse_credits(line)
    assert found is None or found.author is None

"""Two listed places joined by a hyphen open a topic's label or a route (`INDONESIA-JEPANG: Kedua negara ...`,
`Jakarta-Bandung - Kereta cepat ...`): no dateline, neither the pair nor its first place; a place hyphened to a body's
acronym before a colon stays a dateline (`JAKARTA-DPR: ...`), and so does a regency before its province (`Belu-NTT,
Garda Indonesia | ...`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text", [
    "INDONESIA-JEPANG: Kedua negara sepakat memperkuat kerja sama ekonomi.",
    "JATIM-JATENG: Kedua provinsi menyepakati kerja sama perdagangan hasil bumi.",
    "Jakarta-Bandung - Kereta cepat mulai beroperasi untuk umum hari ini.",
])
def test_a_pair_of_places_is_no_dateline(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("JAKARTA-DPR: Rapat paripurna digelar hari ini di Senayan.", "JAKARTA"),
    ("MUSI RAWAS-LH: Dinas Lingkungan Hidup menggelar rapat koordinasi.", "MUSI RAWAS"),
    ("KUALA LUMPUR: Kebakaran berlaku di sebuah kedai makan awal pagi tadi.", "KUALA LUMPUR"),
    ("Belu-NTT, Garda Indonesia | Usai ditetapkannya tersangka, aliansi pemuda melakukan aksi protes.", "Belu-NTT"),
])
def test_a_place_before_an_acronym_or_alone_stays(text, place):
    assert parse_dateline(text).place == place

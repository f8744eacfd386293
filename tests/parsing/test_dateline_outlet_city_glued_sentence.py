"""The table's outlet or a domain, a comma, then a known city glued to the sentence's first word, the dash lost with the
element it stood in (`TEMPO.CO, JakartaTransactions of exchange of small banknotes ...`, Tempo English's page as
archived): the outlet and the city. A city glued to another place's name is a pair, no dateline (`KOMPAS.com,
JakartaBandung ...`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, raw", [
    ("Kebijakan Tekan Dolar Gerus Rp 10 Triliun Pajak\n\nTEMPO.CO, JakartaTransactions of exchange of small banknotes "
     "worth Rp125.2 trillion have been carried out across Indonesia.", "TEMPO.CO, Jakarta"),
    ("TEMPO.CO, JakartaKetua Umum Partai Golkar mengatakan partainya siap mengusung calon sendiri.", "TEMPO.CO, Jakarta"),
])
def test_a_known_city_glued_to_the_sentence_after_the_outlet(text, raw):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.raw) == ("Jakarta", "Tempo", raw)


@pytest.mark.parametrize("text", [
    "KOMPAS.com, JakartaBandung macet total sejak pagi hari.",
    "TEMPO.CO, JakartaJakarta hari ini diguyur hujan deras.",
])
def test_a_city_glued_to_a_places_name_is_no_dateline(text):
    found = parse_dateline(text)
    assert found is None or found.place is None

"""A listed place in capitals, a space, a colon and the sentence glued to it (`PARIS :French President ...`): an
aggregator's copy of a Malaysian paper that lost the space after the colon. A label in capitals stays no dateline."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, rest", [
    ("PARIS :French President Emmanuel Macron said on Friday there had been an historic deal between Airbus and "
     "Malaysia", "PARIS", "French"),
    ("JAKARTA :Pemerintah Provinsi DKI Jakarta memperpanjang masa tanggap darurat", "JAKARTA", "Pemerintah"),
    ("BANGKOK : All Thai government agencies have been told", "BANGKOK", "All"),
])
def test_a_spaced_colon_glued_to_the_sentence(text, place, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, None)
    assert text[found.end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text", [
    "INGATKAN :Plt Sekdako meminta seluruh ASN hadir tepat waktu",
    "BANJIR :Warga mengungsi ke balai desa",
])
def test_no_dateline_at_a_label_and_a_spaced_colon(text):
    found = parse_dateline(text)
    assert found is None or (found.place is None and found.agency is None)

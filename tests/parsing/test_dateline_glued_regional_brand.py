"""A table agency's name glued to its region's name in lower case, in parentheses: an old regional portal's signature.

Real opening: `Pekanbaru, (antarariau) - Gubernur Riau HM Rusli Zainal menggelar acara ...` (ANTARA's Riau
portal, 2012), as its spaced form `(antara sumbar)` is read already.
"""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pekanbaru, (antarariau) - Gubernur Riau HM Rusli Zainal menggelar acara malam ramah-tamah dengan jurnalis "
         "yang meliput Pekan Olahraga Nasional (PON) ke-XVIII", ("Pekanbaru", "ANTARA")),
        ("Pekanbaru (antarariau) - Gubernur Riau HM Rusli Zainal menggelar acara malam ramah-tamah",
         ("Pekanbaru", "ANTARA")),
    ],
)
def test_agency_glued_to_its_region(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a word in lower case in parentheses, no region glued to a table's name
        "Jakarta (sumber) - Presiden Joko Widodo meminta",
        # `antaranya` ("among them") is a word, no region after the name
        "Pekanbaru (antaranya) - Gubernur Riau meminta",
    ],
)
def test_lower_case_words_in_parentheses_stay_out(text):
    assert place_and_agency(text) is None

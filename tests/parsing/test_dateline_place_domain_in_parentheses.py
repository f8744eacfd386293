"""A listed place glued by a hyphen to the outlet's domain, both in parentheses, the dash after them.

Real opening: `(Tegal-wahdah.or.id)- Komisi Fatwa Majelis Ulama Indonesia (MUI) Se-Indonesia menggelar Ijtima Ke-5 ...`
(an Islamic body's site, 2015).
"""

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_place_and_domain_in_parentheses():
    text = ("(Tegal-wahdah.or.id)- Komisi Fatwa Majelis Ulama Indonesia (MUI) Se-Indonesia menggelar Ijtima Ke-5 di "
            "Tegal Jawa Tengah.")
    assert place_and_agency(text) == ("Tegal", "wahdah.or.id")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a domain whose own hyphen joins a brand to a place stays one name
        ("(tribun-medan.com) - Polisi menangkap dua pelaku", (None, "Tribunnews")),
        # and so does one joining two cities
        ("(Jakarta-Bandung.com) - Warga memadati jalan tol", (None, "Jakarta-Bandung.com")),
    ],
)
def test_hyphened_domains_stay_whole(text, expected):
    assert place_and_agency(text) == expected

"""An outlet's one-word name in lower case after the place and its comma, a spaced dash after it: the name glues a
place's or a region's name to a brand's letters, as its domain is written without the ending.

Real opening: `Kendari, gemasulawesi – Polda Sulawesi Tenggara menerjunkan 200 personel ...` (a regional site, 2024).
"""

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_lower_case_brand_after_the_place():
    text = ("Kendari, gemasulawesi – Polda Sulawesi Tenggara menerjunkan 200 personel untuk mengamankan pendaftaran "
            "peserta bakal calon Gubernur dan Wakil Gubernur Sulawesi Tenggara pada Pilkada 2024.")
    assert place_and_agency(text) == ("Kendari", "gemasulawesi")


@pytest.mark.parametrize(
    "text",
    [
        # a word of the sentence in lower case after the comma, no place glued in it
        "Jakarta, sebelumnya – Presiden Joko Widodo meminta para menteri bekerja cepat",
        # a weekday typed in lower case
        "Jakarta, selasa – Presiden Joko Widodo meminta para menteri bekerja cepat",
    ],
)
def test_lower_case_words_after_the_comma_stay_out(text):
    assert place_and_agency(text) is None

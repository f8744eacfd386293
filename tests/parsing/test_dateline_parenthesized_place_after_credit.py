"""A listed place in capitals in parentheses, its country after a comma or none, then the dash (ABC News's copy on its
radio stations' pages): under the photo's credit on the line above, or glued to it (`David Hume Kennerly/Getty
Images(WASHINGTON) --Two former ...`), the place's dateline; a label in parentheses stays none."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("Lewandowski: White House lacks 'top political operative' ahead of 2018 elections\n\nDavid Hume Kennerly/Getty "
     "Images(WASHINGTON) --Two former top campaign aides to President Trump still working outside of the White House",
     ("WASHINGTON", None)),
    ("NASA/Bill Ingalls(WASHINGTON) — Legendary moonwalker Buzz Aldrin may have been “out of town” when the world "
     "celebrated Apollo 11′s lunar landing", ("WASHINGTON", None)),
    ("Heat from fires out West so severe it’s causing thunderstorms without rain\n\nToa55/iStock\n\n(LOS ANGELES) — The "
     "heat emanating from the dozens of wildfires ravaging the West", ("LOS ANGELES", None)),
    ("DC Family Research Council Shooting: Gunman Identified\n\nHemera/Thinkstock(WASHINGTON) -- A gunman opened fire on "
     "a security guard at the Washington D.C., headquarters", ("WASHINGTON", None)),
    ("Kerry Cancels Plan to Visit Putin in Moscow\n\nState Department photo/ Public Domain(MOSCOW) -- Secretary of State "
     "John Kerry has canceled unannounced plans to visit Russian President Vladimir Putin", ("MOSCOW", None)),
    ("Secretary of State Hillary Clinton Pushes Gulf Security and Aid for Syria\n\nFayez Nureldine/AFP/Getty "
     "Images(RIYADH, Saudi Arabia) -- Secretary of State Hillary Clinton plans to discuss", ("RIYADH", None)),
])
def test_a_parenthesized_place_and_its_dash(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("(FOTO) - Warga antre di depan kantor desa.", None),
    ("(VIDEO) -- Warga antre di depan kantor desa.", None),
    ("Warga antre (JAKARTA) - di depan kantor desa.", None),
    ("(JAKARTA) - warga antre di depan kantor desa.", None),
    ("Ilustrasi(ANTARA) - Warga antre di depan kantor desa.", ("Ilustrasi", "ANTARA")),
])
def test_near_misses_keep_their_reading(text, expected):
    assert place_and_agency(text) == expected

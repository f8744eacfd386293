"""Writers a detik byline parts with spaced dashes before the site's name (detikHot 2018: `Hanif Hawari - Veynindia E
Pardede - detikHot` over `Jumat, 28 Des 2018 08:00 WIB`): both are the authors, as when commas part them; a place, a
time or a second brand between the dashes is no writer, and a lone `Name - detikHot` stays one writer. The site's name
after a slash ends the writer's name too (detikSport 2014: `M Resha Pratama/DetikSport`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

BODY = "<p>Tahun 2018 menjadi tahun yang kelabu untuk beberapa artis yang harus berurusan dengan hukum.</p>" * 3


def _author(byline: str) -> str | None:
    html = (f"<html><head><meta property='og:site_name' content='detikhot'></head><body>"
            f"<h1>Peristiwa Terheboh Jagat Selebriti di 2018</h1><div class='author'>{byline}</div>"
            f"<div class='date'>Jumat, 28 Des 2018 08:00 WIB</div><div class='content'>{BODY}</div></body></html>")
    return parse_article(html.encode(), "https://hot.detik.com/celeb/d-4361741/peristiwa-terheboh")["author"]


@pytest.mark.parametrize(("byline", "author"), [
    ("Hanif Hawari - Veynindia E Pardede - detikHot", "Hanif Hawari, Veynindia E Pardede"),
    ("Hanif Hawari - Veynindia E Pardede - Dicky Ardian - detikHot", "Hanif Hawari, Veynindia E Pardede, Dicky Ardian"),
    ("Hanif Hawari – Veynindia E Pardede – detikHot", "Hanif Hawari, Veynindia E Pardede"),
    # One writer, a place or a time between the dashes: the first name alone.
    ("Hanif Hawari - detikHot", "Hanif Hawari"),
    ("Hanif Hawari - Jakarta - detikHot", "Hanif Hawari"),
    ("Hanif Hawari - Jumat, 28 Des 2018 - detikHot", "Hanif Hawari"),
    # The dashes' last part no site's name: the first part is the byline's, as before.
    ("Hanif Hawari - Veynindia E Pardede - Tempo", "Hanif Hawari"),
    # The site's name after a slash closes the writer's name as a dash does (detikSport 2014); a slash between two
    # names stays as it was printed.
    ("M Resha Pratama/DetikSport", "M Resha Pratama"),
    ("Hanif Hawari / detikHot", "Hanif Hawari"),
    ("Rina Sari/Budi Utomo", "Rina Sari/Budi Utomo"),
])
def test_writers_parted_by_dashes_before_the_site(byline: str, author: str) -> None:
    assert _author(byline) == author

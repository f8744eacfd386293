"""The small article page the people tests read: a header for bylines, two paragraphs, a slot after them for
credits; real shapes go into `head`, `header`, `lead` and `last`."""

from __future__ import annotations

TITLE = "Pemerintah umumkan kebijakan baru untuk warga terdampak banjir"
PARAGRAPHS = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta untuk seluruh warga yang terdampak.",
              "Kebijakan itu berlaku mulai pekan depan, kata pejabat yang berwenang kepada wartawan di sana."]
URL = "https://www.beritadaerah-contoh.id/read/2020/01/06/12345/pemerintah-umumkan-kebijakan"


def page(*, head: str = "", header: str = "", lead: str = "", last: str = "") -> bytes:
    body = lead + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + last
    return (f"<html><head><title>{TITLE}</title>{head}</head><body><div class='wrap'><h1>{TITLE}</h1>{header}"
            f"<div class='article-content'>{body}</div></div></body></html>").encode()


def header_lines(*lines: str) -> str:
    """Header lines under the headline, one block each (the `header` of `page`)."""
    return "".join(f"<div>{line}</div>" for line in lines)

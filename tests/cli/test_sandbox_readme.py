"""The sandbox README names only documents of the repository (none outside it, none missing)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_referenced_markdown_file_exists():
    readme = ROOT / "sandbox" / "README.md"
    named = re.findall(r"[\w./-]+\.md\b", readme.read_text())
    missing = [name for name in named
               if not any((base / name).exists() for base in (ROOT, readme.parent))]
    assert missing == []
    assert not [name for name in named if name.startswith("/")]

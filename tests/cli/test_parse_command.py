"""`scrapy parse --spider mina URL` (no `-c`): the default callback reads the page as one article."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_scrapy_parse_prints_one_article(sandbox, tmp_path):
    truth = next(record for record in sandbox.site.truth_records(sandbox.base_url)
                 if record["edition"] == "id" and len(record["page_urls"]) <= 1)
    result = subprocess.run([sys.executable, "-m", "scrapy", "parse", "--spider", "mina",
                             "-a", f"base_url={sandbox.base_url}/id", "-s", f"OUTPUT_DIR={tmp_path / 'out'}",
                             "--nocolour", "--nolinks", truth["url"]],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "NotImplementedError" not in result.stderr
    # The command prints the scraped items as a Python list under a "# Scraped Items" rule.
    printed = re.search(r"# Scraped Items\s*-+\n(.*?)(?:\n# |\Z)", result.stdout, re.S).group(1)
    [item] = ast.literal_eval(printed.strip())
    assert item["title"] == truth["title"]
    assert item["published_at"] == truth["published_at"]

"""`scrapy sandbox` / `python -m sandbox` on a port already in use: one line, exit 1, no traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def busy_port():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


@pytest.mark.parametrize("command, prog", [(["-m", "scrapy", "sandbox"], "scrapy sandbox"),
                                           (["-m", "sandbox"], "python -m sandbox")])
def test_a_port_in_use_is_one_line(busy_port, command, prog):
    result = subprocess.run([sys.executable, *command, "--port", str(busy_port)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr == (f"{prog}: error: --port {busy_port}: 127.0.0.1:{busy_port} is already in use; "
                             "choose another port (0 picks a free one)\n")


def test_a_port_out_of_range_is_a_usage_error():
    result = subprocess.run([sys.executable, "-m", "scrapy", "sandbox", "--port", "70000"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "0-65535" in result.stderr


def test_a_negative_article_count_is_a_usage_error():
    """It served an empty site, as if asked for none."""
    result = subprocess.run([sys.executable, "-m", "scrapy", "sandbox", "--port", "0", "--articles", "-5"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr == "scrapy sandbox: error: --articles -5: takes a whole number >= 0\n"

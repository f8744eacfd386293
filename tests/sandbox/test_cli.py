"""The command-line entry points: `python -m sandbox` and `scrapy sandbox`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
from sandbox_http import fetch

ROOT = Path(__file__).resolve().parents[2]


def _serve(command: list[str], tmp_path: Path, env: dict[str, str]) -> None:
    truth = tmp_path / "truth.jsonl"
    process = subprocess.Popen([*command, "--port", "0", "--articles", "25", "--seed", "3", "--truth", str(truth)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        prefix = "sandbox: serving http://127.0.0.1:"
        assert line.startswith(prefix) and line.endswith(" articles=25 seed=3"), line
        base = line.split()[2]
        records = [orjson.loads(x) for x in truth.read_bytes().splitlines()]
        assert len(records) == 25 and records[0]["url"].startswith(base)
        assert fetch(records[0]["url"])[0] == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_python_module_entry_point(tmp_path: Path) -> None:
    _serve([sys.executable, "-m", "sandbox"], tmp_path, dict(os.environ))


def test_scrapy_sandbox_command(tmp_path: Path) -> None:
    settings = tmp_path / "sandbox_test_settings.py"
    settings.write_text('COMMANDS_MODULE = "crawler.commands"\n')
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="sandbox_test_settings",
               PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    scrapy = Path(sys.executable).with_name("scrapy")
    _serve([str(scrapy), "sandbox"], tmp_path, env)

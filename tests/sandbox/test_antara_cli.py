"""`scrapy sandbox --site antara|all|nope` and `python -m sandbox --site ...`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
from sandbox_http import fetch

ROOT = Path(__file__).resolve().parents[2]


def _scrapy(tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    settings = tmp_path / "sandbox_test_settings.py"
    settings.write_text('COMMANDS_MODULE = "crawler.commands"\n')
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="sandbox_test_settings",
               PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    return [str(Path(sys.executable).with_name("scrapy")), "sandbox"], env


def _serve(command: list[str], env: dict[str, str], site: str, tmp_path: Path) -> list[dict]:
    truth = tmp_path / f"{site}.jsonl"
    process = subprocess.Popen([*command, "--site", site, "--port", "0", "--articles", "20", "--truth", str(truth)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("sandbox: serving http://127.0.0.1:") and line.endswith(f" seed=0 site={site}"), line
        records = [orjson.loads(x) for x in truth.read_bytes().splitlines()]
        assert records and all(r["url"].startswith(line.split()[2]) for r in records)
        assert fetch(records[-1]["url"])[0] == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        return records
    finally:
        if process.poll() is None:
            process.kill()


def test_scrapy_sandbox_serves_antara(tmp_path: Path) -> None:
    command, env = _scrapy(tmp_path)
    records = _serve(command, env, "antara", tmp_path)
    assert len(records) == 20 and {r["agency"] for r in records} == {"ANTARA"}


def test_python_module_serves_all_sites(tmp_path: Path) -> None:
    records = _serve([sys.executable, "-m", "sandbox"], dict(os.environ), "all", tmp_path)
    assert {r["url"].split("/")[3] for r in records} == {"mina", "antara"}


def test_unknown_site_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    command, env = _scrapy(tmp_path)
    for argv, program in ((command, "scrapy sandbox"), ([sys.executable, "-m", "sandbox"], "python -m sandbox")):
        result = subprocess.run([*argv, "--port", "0", "--site", "nope"], cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"{program}: error: unknown site 'nope': choose one of mina, antara, outlet, all"]
        assert result.stdout == ""


def test_faults_are_for_mina_only(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "sandbox", "--site", "antara", "--faults", "5xx"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "MINA site only" in result.stderr

"""The sandbox's fault modes themselves: deterministic victims, and each fault on the wire as documented."""

from __future__ import annotations

import gzip
import http.client
import io
import subprocess
import sys
from pathlib import Path

import pytest

from sandbox import Sandbox, build_site
from sandbox.cli import main
from sandbox.faults import BOMB_ENCODED, BOMB_SITEMAP, FAULTS, OUTCOMES, FaultInjector, FaultSet

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def faulty():
    site = build_site(articles=80, seed=4)
    faults = FaultInjector(site, FaultSet.parse("all", seed=4, bomb_bytes=4 * 1024 * 1024, hang_seconds=0.2,
                                                oversize_bytes=2 * 1024 * 1024))
    with Sandbox(site, faults=faults) as sandbox:
        yield sandbox, faults


def path_of(faults: FaultInjector, mode: str) -> str:
    index = next(i for i, m in sorted(faults.victims.items()) if m == mode)
    article = faults.site.articles[index]
    return f"/{article.edition}{article.path()}"


def get(sandbox: Sandbox, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection(sandbox.host, sandbox.port, timeout=5)
    connection.request("GET", path)
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def test_parse_names_groups_and_rejects_unknown_ones():
    assert FaultSet.parse("all").groups == frozenset(FAULTS)
    assert FaultSet.parse("5xx, robots").modes == ("burst-503", "broken-500", "robots-disallowed")
    with pytest.raises(ValueError, match="bogus"):
        FaultSet.parse("5xx,bogus")
    assert set(OUTCOMES) == {mode for group in FAULTS for mode in FaultSet.parse(group).modes}


def test_victims_are_stable_per_seed_and_disjoint():
    site = build_site(articles=80, seed=4)
    first = FaultInjector(site, FaultSet.parse("all", seed=4)).victims
    assert first == FaultInjector(site, FaultSet.parse("all", seed=4)).victims
    assert first != FaultInjector(site, FaultSet.parse("all", seed=5)).victims
    assert len(first) == 2 * len(OUTCOMES)  # per_mode=2, one mode per article


def test_expectations_account_for_every_article(faulty):
    sandbox, faults = faulty
    expected = faults.expectations(sandbox.base_url)
    assert expected.reachable + len(expected.forbidden) == len(faults.site.articles)
    assert expected.failed_by_reason() == {"http_500": 2, "timeout": 2, "connection_lost": 2,
                                           "redirect_loop": 2, "too_large": 2, "offsite": 2}


def test_transient_faults_pass_on_the_next_request(faulty):
    sandbox, faults = faulty
    burst = path_of(faults, "burst-503")
    assert [get(sandbox, burst).status for _ in range(3)] == [503, 503, 200]
    limited = get(sandbox, path_of(faults, "too-many-requests"))
    assert (limited.status, limited.getheader("Retry-After")) == (429, "1")
    with pytest.raises((ConnectionError, http.client.RemoteDisconnected)):
        get(sandbox, path_of(faults, "reset-once"))
    assert get(sandbox, path_of(faults, "reset-once")).status == 200
    with pytest.raises(http.client.IncompleteRead):
        get(sandbox, path_of(faults, "cut-transfer"))
    assert get(sandbox, path_of(faults, "cut-transfer")).status == 200


def test_redirect_chain_ends_and_loop_does_not(faulty):
    sandbox, faults = faulty
    for mode, ends in (("redirect-chain", True), ("redirect-loop", False)):
        path, statuses = path_of(faults, mode), []
        for _ in range(8):
            response = get(sandbox, path)
            statuses.append(response.status)
            if response.status == 200:
                break
            path = response.getheader("Location").split(str(sandbox.port), 1)[1]
        assert (statuses[-1] == 200) is ends, statuses


def test_charset_labels(faulty):
    sandbox, faults = faulty
    assert get(sandbox, path_of(faults, "no-charset")).getheader("Content-Type") == "text/html"
    assert "ISO-8859-1" in get(sandbox, path_of(faults, "utf8-as-latin1")).getheader("Content-Type")
    cp1252 = get(sandbox, path_of(faults, "cp1252-as-utf8"))
    assert "UTF-8" in cp1252.getheader("Content-Type")
    cp1252.body.decode("cp1252")  # single-byte text under a UTF-8 label


def test_oversize_and_robots_and_offsite(faulty):
    sandbox, faults = faulty
    assert len(get(sandbox, path_of(faults, "oversize")).body) >= 2 * 1024 * 1024
    robots = get(sandbox, "/robots.txt").body.decode()
    assert f"Disallow: {path_of(faults, 'robots-disallowed').rstrip('/')}/" in robots
    redirected = [get(sandbox, path_of(faults, "offsite-redirect")).status for _ in range(2)]
    assert redirected == [503, 302]
    assert b"http://example.invalid/" in get(sandbox, "/id/").body


def test_gzip_bombs_expand_to_the_stated_size(faulty):
    sandbox, faults = faulty
    index = get(sandbox, "/en/sitemap_index.xml").body.decode()
    assert BOMB_SITEMAP in index and BOMB_ENCODED in index
    packed = get(sandbox, f"/en/{BOMB_SITEMAP}").body
    assert len(packed) < faults.faults.bomb_bytes / 500
    assert len(gzip.GzipFile(fileobj=io.BytesIO(packed)).read()) > faults.faults.bomb_bytes
    assert get(sandbox, f"/en/{BOMB_ENCODED}").getheader("Content-Encoding") == "gzip"


def test_bad_xml_documents(faulty):
    sandbox, _ = faulty
    assert not get(sandbox, "/id/post-sitemap.xml").body.rstrip().endswith(b"</urlset>")
    assert b"&nbsp;" in get(sandbox, "/id/feed").body


def test_cli_rejects_unknown_faults(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--faults", "bogus"])
    assert exit_.value.code == 2
    assert "unknown fault" in capsys.readouterr().err


def test_scrapy_sandbox_rejects_unknown_faults():
    result = subprocess.run([sys.executable, "-m", "scrapy", "sandbox", "--port", "0", "--faults", "5xx,nope"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "unknown fault(s) nope" in result.stderr


def test_truth_file_states_each_articles_fault_and_outcome(tmp_path):
    import orjson

    from sandbox.cli import write_truth

    site = build_site(articles=60, seed=1)
    faults = FaultInjector(site, FaultSet.parse("5xx,robots", seed=1))
    write_truth(site, "http://127.0.0.1:1", tmp_path / "truth.jsonl", faults)
    records = [orjson.loads(line) for line in (tmp_path / "truth.jsonl").read_bytes().splitlines()]
    outcomes = [(r["fault"], r["outcome"]) for r in records if r["fault"]]
    assert sorted(outcomes) == sorted([("broken-500", "http_500")] * 2 + [("burst-503", "exported")] * 2
                                      + [("robots-disallowed", "forbidden")] * 2)
    assert sum(r["outcome"] == "exported" for r in records) == 60 - 4

"""The server object and the pytest fixtures that start it."""

from __future__ import annotations

import socket

from sandbox import Sandbox, build_site
from sandbox_http import fetch


def test_start_serves_and_stop_releases_the_port() -> None:
    server = Sandbox(build_site(20, seed=1)).start()
    port = server.port
    assert port and fetch(server.base_url + "/")[0] == 200
    server.stop()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_factory_fixture_gives_independent_sites(make_sandbox) -> None:  # type: ignore[no-untyped-def]
    small, other = make_sandbox(articles=30, seed=2), make_sandbox(articles=30, seed=3)
    assert small.port != other.port
    assert len(small.site.truth(small.base_url)) == 30

"""Shared fixtures: local sandbox servers of the MINA-like site (see sandbox/README.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from sandbox import Sandbox, build_site


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """One started sandbox for the session: 300 articles, seed 0. Do not mutate its site."""
    with Sandbox(build_site(articles=300, seed=0)) as server:
        yield server


@pytest.fixture(scope="session")
def antara_sandbox() -> Iterator[Sandbox]:
    """One started ANTARA sandbox for the session: 300 articles, seed 0. Do not mutate its site."""
    with Sandbox(build_site(articles=300, seed=0, site="antara")) as server:
        yield server


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., Sandbox]]:
    """Factory: `make_sandbox(articles=50, seed=3)` starts an extra sandbox, stopped after the test."""
    started: list[Sandbox] = []

    def make(articles: int = 300, seed: int = 0) -> Sandbox:
        server = Sandbox(build_site(articles=articles, seed=seed)).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()

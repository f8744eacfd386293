"""The HTTP server around a `Site`: stdlib threading server, keep-alive, quiet."""

from __future__ import annotations

import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING

from sandbox.site import Response, Site

if TYPE_CHECKING:
    from sandbox.faults import FaultInjector, Reply


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every response carries Content-Length
    server_version = "nginx"
    sys_version = ""
    site: Site  # set on the per-server subclass
    faults: FaultInjector | None = None  # fault modes (sandbox/faults.py), off by default

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _answer(self, with_body: bool) -> None:
        host = self.headers.get("Host") or "%s:%d" % self.server.server_address[:2]
        if self.faults is not None:
            self._answer_with_faults(self.faults.handle(self.path, f"http://{host}"), with_body)
            return
        self._send(self.site.handle(self.path, f"http://{host}"), with_body)

    def _answer_with_faults(self, reply: Reply, with_body: bool) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        if reply.response is None:  # RST instead of an answer: linger on, timeout 0
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if reply.send_bytes is not None:  # Content-Length promises more than arrives
            self.close_connection = True
            self._send(reply.response, with_body, reply.send_bytes)
            return
        self._send(reply.response, with_body)

    def _send(self, response: Response, with_body: bool, send_bytes: int | None = None) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        # Headers and body leave in one write: two small writes on a keep-alive connection meet
        # Nagle's algorithm and delayed ACKs (~40 ms per response).
        self._headers_buffer.append(b"\r\n")
        if with_body:
            self._headers_buffer.append(response.body[:send_bytes])
        self.flush_headers()

    def do_GET(self) -> None:  # noqa: N802 (stdlib naming)
        self._answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(with_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Silent: a crawl of thousands of pages must not flood stderr."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request, client_address) -> None:
        """Quiet about clients that hang up (a crawler aborting an oversize download); loud otherwise."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Sandbox:
    """Serves a `Site` on `host:port` (port 0 picks a free one) from a background thread."""

    def __init__(self, site: Site, host: str = "127.0.0.1", port: int = 0,
                 faults: FaultInjector | None = None) -> None:
        self.site = site
        self.faults = faults
        self.host = host
        self.port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> Sandbox:
        """Bind and listen; returns once the socket accepts connections."""
        handler = type("SiteHandler", (_Handler,), {"site": self.site, "faults": self.faults})
        self._server = _Server((self.host, self.port), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name=f"sandbox-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> Sandbox:
        return self.start() if self._server is None else self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

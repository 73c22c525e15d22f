"""A local web site for the tests: pages and feeds we wrote, served on 127.0.0.1 at a random
port, with the ways real sites misbehave (slow, broken, redirecting, oversized, not HTML)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "pages"


@dataclass
class Response:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0
    location: str | None = None
    cut: bool = False  # close the connection in the middle of the body
    last_modified: str = field(default_factory=lambda: formatdate(usegmt=True))


class Site:
    """Routes by path; counts requests and remembers each request's headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Response] = {}
        self.hits: Counter[str] = Counter()
        self.headers: dict[str, dict[str, str]] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, file: str, **options: object) -> str:
        """Serves a page of tests/feeds/pages at ``path``; returns its URL."""
        self.routes[path] = Response((PAGES / file).read_bytes(), **options)  # type: ignore[arg-type]
        return self.url(path)

    def feed(self, path: str, items: list[tuple[str, str, str]], title: str = "World") -> str:
        """Serves an RSS feed of (title, link path, pubDate) items at ``path``."""
        entries = "".join(
            f"<item><title>{t}</title><link>{self.url(link)}</link>"
            f"<guid>{self.url(link)}</guid><pubDate>{when}</pubDate></item>"
            for t, link, when in items
        )
        rss = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>{self.base}/</link><description>news</description>"
            f"{entries}</channel></rss>"
        )
        self.routes[path] = Response(rss.encode(), "application/rss+xml")
        return self.url(path)

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                site.hits[path] += 1
                site.headers[path] = dict(self.headers.items())
                response = site.routes.get(path)
                if response is None:
                    self._send(Response(b"not found", "text/plain", 404))
                    return
                if response.delay:
                    time.sleep(response.delay)
                etag = '"' + hashlib.sha256(response.body).hexdigest()[:16] + '"'
                if response.status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self._send(response, etag)

            def _send(self, response: Response, etag: str | None = None) -> None:
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(response.body)))
                if response.location:
                    self.send_header("Location", site.url(response.location))
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", response.last_modified)
                self.end_headers()
                if response.cut:
                    self.wfile.write(response.body[: len(response.body) // 2])
                    self.wfile.flush()
                    self.connection.shutdown(2)
                    return
                self.wfile.write(response.body)

        return Handler

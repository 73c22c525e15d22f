"""Fetching pages and feeds over HTTP: politely, within limits, one clear error per failure.

Politeness: a User-Agent naming Parley, ``robots.txt`` respected (read once per host per
fetcher), and an interval between two requests to the same host. Limits: a timeout per
request, a size limit on the body, a bounded number of redirects and the content types the
caller accepts. Transient failures (timeouts, refused connections, 429 and 5xx answers) are
retried with exponential backoff before they are reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

USER_AGENT = "Parley/0.1 (+https://parley.invalid/; news-following bot)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/xml",
    "text/xml",
    # Many servers send feeds as text/html or text/plain; feedparser tells them apart.
    "text/html",
    "text/plain",
)
RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A URL that could not be fetched; the message says why, naming the URL."""

    def __init__(self, url: str, reason: str, *, transient: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient


@dataclass(frozen=True)
class Fetched:
    """A response: the final URL after redirects, its body, and its cache validators."""

    url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Fetcher:
    """An HTTP client for pages and feeds; one per process (it remembers hosts)."""

    timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    interval: float = 1.0
    retries: int = 2
    backoff: float = 1.0
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _client: httpx.Client | None = field(default=None, repr=False)
    _robots: dict[str, RobotFileParser] = field(default_factory=dict, repr=False)
    _last: dict[str, float] = field(default_factory=dict, repr=False)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout,
                follow_redirects=True,
                max_redirects=self.max_redirects,
                headers={"User-Agent": self.user_agent},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(
        self,
        url: str,
        accept: tuple[str, ...] = HTML_TYPES,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """The response for ``url``, after retries; raises FetchError saying what failed."""
        check_web_url(url)
        if not self.allowed(url):
            raise FetchError(url, "robots.txt of this site disallows fetching it")
        headers = {"Accept": ", ".join((*accept, "*/*;q=0.1"))}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._get_once(url, accept, headers)
            except FetchError as e:
                if not e.transient or attempt >= self.retries:
                    raise
                self.sleep(self.backoff * 2**attempt)
                attempt += 1

    def allowed(self, url: str) -> bool:
        """Whether the site's ``robots.txt`` lets Parley fetch this URL."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(origin)
        if robots is None:
            robots = self._read_robots(origin)
            self._robots[origin] = robots
        return robots.can_fetch(self.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser:
        robots = RobotFileParser(origin + "/robots.txt")
        try:
            self._wait_turn(origin)
            response = self.client.get(origin + "/robots.txt")
        except httpx.HTTPError:
            robots.parse([])  # no answer: nothing is known to be disallowed
            return robots
        if response.status_code in (401, 403):
            robots.parse(["User-agent: *", "Disallow: /"])
        elif response.status_code >= 400:
            robots.parse([])
        else:
            robots.parse(response.text[: self.max_bytes].splitlines())
        return robots

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            wait = self.interval - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _get_once(self, url: str, accept: tuple[str, ...], headers: dict[str, str]) -> Fetched:
        self._wait_turn(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._read(url, response, accept)
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out (after {self.timeout:g} s)", transient=True) from None
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {self.max_redirects} redirects") from None
        except httpx.ConnectError as e:
            raise FetchError(url, f"cannot connect: {e}", transient=True) from None
        except (httpx.RemoteProtocolError, httpx.ReadError) as e:
            raise FetchError(url, f"broken response: {e}", transient=True) from None
        except httpx.HTTPError as e:
            raise FetchError(url, f"request failed: {e}") from None

    def _read(self, url: str, response: httpx.Response, accept: tuple[str, ...]) -> Fetched:
        final = str(response.url)
        etag = response.headers.get("etag")
        modified = response.headers.get("last-modified")
        if response.status_code == 304:
            return Fetched(final, 304, "", b"", etag, modified)
        if response.status_code >= 400:
            reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
            raise FetchError(url, reason, transient=response.status_code in RETRIED_STATUS)
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type and content_type not in accept:
            wanted = "a web page" if accept == HTML_TYPES else "a feed"
            raise FetchError(url, f"not {wanted} (content type {content_type})")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"larger than {self.max_bytes} bytes ({declared} declared)")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise FetchError(url, f"larger than {self.max_bytes} bytes")
        return Fetched(final, response.status_code, content_type, bytes(body), etag, modified)


def is_web_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def check_web_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(url, "not an http(s) URL")


def without_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))

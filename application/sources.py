"""Reading articles from files: a folder with ``manifest.json`` or of ``.html`` files, a
``.jsonl`` file, text files or web pages saved as ``.html``.

Every problem is reported with the file (and line) it comes from; a bad article never
stops the rest of a batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from application.articles import ArticleInput, InvalidArticle, parse_published
from application.pages import HTML_SUFFIXES, page_article, read_page

MANIFEST = "manifest.json"
TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md"})


@dataclass(frozen=True)
class SourceError:
    """An input that cannot become an article: where it is and what is wrong."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class Metadata:
    """Metadata given on the command line for a single text file."""

    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    article_id: str | None = None


Read = ArticleInput | SourceError


def read_paths(paths: list[Path], metadata: Metadata | None = None) -> Iterator[Read]:
    """Articles (or errors) from each path, in order."""
    for path in paths:
        yield from read_path(path, metadata or Metadata())


def read_path(path: Path, metadata: Metadata) -> Iterator[Read]:
    if path.is_dir():
        yield from read_folder(path)
    elif not path.exists():
        yield SourceError(str(path), "no such file or folder")
    elif path.name == MANIFEST:
        yield from read_folder(path.parent)
    elif path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield read_html_file(path, metadata)
    elif path.suffix.lower() in TEXT_SUFFIXES:
        yield read_text_file(path, metadata)
    else:
        yield SourceError(
            str(path),
            f"unknown format {path.suffix!r}: give a folder with {MANIFEST} or .html files, "
            "a .jsonl file, an .html page, or a .txt file with --published",
        )


def read_folder(folder: Path) -> Iterator[Read]:
    """Articles listed by a folder's ``manifest.json``, else the folder's web pages."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        pages = sorted(p for p in folder.iterdir() if p.suffix.lower() in HTML_SUFFIXES)
        if not pages:
            yield SourceError(
                str(folder), f"no {MANIFEST} and no .html pages in this folder (see seeds/)"
            )
        for page in pages:
            yield read_html_file(page, Metadata())
        return
    try:
        data = orjson.loads(manifest.read_bytes())
    except orjson.JSONDecodeError as e:
        yield SourceError(str(manifest), f"malformed JSON: {e}")
        return
    entries = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        yield SourceError(str(manifest), "expected an 'articles' list")
        return
    for index, entry in enumerate(entries):
        yield _manifest_entry(folder, manifest, index, entry)


def _manifest_entry(folder: Path, manifest: Path, index: int, entry: Any) -> Read:
    where = f"{manifest} (article {index + 1})"
    if not isinstance(entry, dict) or not entry.get("file"):
        return SourceError(where, "each article needs at least 'file' and 'published'")
    path = folder / str(entry["file"])
    text = read_text(path)
    if isinstance(text, SourceError):
        return text
    fields = {**entry, "text": text, "id": entry.get("id") or path.stem}
    return _article(str(path), fields)


def read_jsonl(path: Path) -> Iterator[Read]:
    """Articles from JSON Lines: ``{id, published, text, source?, title?, url?}`` per line."""
    raw = _read_bytes(path)
    if isinstance(raw, SourceError):
        yield raw
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            fields = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            yield SourceError(where, f"malformed JSON: {e}")
            continue
        if not isinstance(fields, dict):
            yield SourceError(where, "expected a JSON object")
            continue
        yield _article(where, fields)


def read_text_file(path: Path, metadata: Metadata) -> Read:
    """One article from a text file, with metadata from the command line."""
    text = read_text(path)
    if isinstance(text, SourceError):
        return text
    return _article(str(path), _file_fields(path, metadata, text=text))


def read_html_file(path: Path, metadata: Metadata) -> Read:
    """One article from a saved web page; its own metadata unless given on the command line."""
    raw = _read_bytes(path)
    if isinstance(raw, SourceError):
        return raw
    return _article(str(path), _file_fields(path, metadata, html=raw))


def _file_fields(path: Path, metadata: Metadata, **body: Any) -> dict[str, Any]:
    """A file's article fields: its body, the command line's metadata, its name as the id."""
    return {
        "id": metadata.article_id or path.stem,
        "published": metadata.published,
        **body,
        "source": metadata.source,
        "title": metadata.title,
        "url": metadata.url,
    }


def read_text(path: Path) -> str | SourceError:
    raw = _read_bytes(path)
    if isinstance(raw, SourceError):
        return raw
    if b"\x00" in raw:
        return SourceError(str(path), "binary file (it contains NUL bytes), not article text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return SourceError(str(path), f"not UTF-8 text (byte {e.start})")


def _read_bytes(path: Path) -> bytes | SourceError:
    try:
        return path.read_bytes()
    except OSError as e:
        return SourceError(str(path), f"cannot read: {e.strerror or e}")


def _article(where: str, fields: dict[str, Any]) -> Read:
    if "html" in fields:
        return _page_article(where, fields)
    try:
        return ArticleInput(
            article_id=str(fields.get("id") or ""),
            published=parse_published(fields.get("published")),
            text=_text_field(fields.get("text")),
            source=_optional(fields, "source"),
            title=_optional(fields, "title"),
            url=_optional(fields, "url"),
            origin=where,
        )
    except InvalidArticle as e:
        return SourceError(where, str(e))


def _page_article(where: str, fields: dict[str, Any]) -> Read:
    """An article from a page's HTML (``html`` instead of ``text``)."""
    try:
        if fields.get("text") is not None:
            raise InvalidArticle("give either 'text' or 'html', not both")
        html = fields["html"]
        if not isinstance(html, str | bytes) or not html.strip():
            raise InvalidArticle("'html' must be the page's HTML as a non-empty string")
        if isinstance(html, bytes) and b"\x00" in html:
            raise InvalidArticle("binary file (it contains NUL bytes), not a web page")
        url = _optional(fields, "url")
        published = fields.get("published")
        page = read_page(html, url)
        return page_article(
            page,
            str(fields.get("id") or ""),
            published=parse_published(published) if published else None,
            source=_optional(fields, "source"),
            title=_optional(fields, "title"),
            url=url,
        )
    except InvalidArticle as e:
        return SourceError(where, str(e))


def _text_field(value: Any) -> str:
    if value is None:
        raise InvalidArticle("article text is missing")
    if not isinstance(value, str):
        raise InvalidArticle("article text must be a string")
    return value


def _optional(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidArticle(f"'{name}' must be a string")
    return value

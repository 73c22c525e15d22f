"""One URL chooses where events are stored.

``sqlite:///PATH`` (relative; ``sqlite:////abs/path`` absolute), ``memory://``, or
``postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=NAME]``.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

DEFAULT_DB = "sqlite:///parley.db"


class BadStoreURL(ValueError):
    """The store URL names no backend Parley knows, or is malformed."""


def store_url(explicit: str | None = None) -> str:
    """The URL in force: an explicit one, else ``PARLEY_DB``, else a SQLite file here."""
    return explicit or os.environ.get("PARLEY_DB") or DEFAULT_DB


def persistence_env(url: str) -> dict[str, str]:
    """Translates a store URL into the ``eventsourcing`` persistence settings."""
    parts = urlsplit(url)
    if parts.scheme in ("memory", "popo"):
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    if parts.scheme == "sqlite":
        return _sqlite_env(url)
    if parts.scheme in ("postgres", "postgresql", "postgresql+psycopg"):
        return _postgres_env(parts)
    raise BadStoreURL(
        f"unsupported store URL {url!r}: use sqlite:///PATH, postgresql://USER@HOST:PORT/DB "
        "or memory://"
    )


def _sqlite_env(url: str) -> dict[str, str]:
    path = unquote(url[len("sqlite://") :])
    if path.startswith("/"):
        path = path[1:]  # sqlite:///x.db is relative, sqlite:////abs/x.db absolute
    if not path:
        raise BadStoreURL(f"store URL {url!r} names no file: use sqlite:///PATH")
    if path == ":memory:":
        path = "file::memory:?cache=shared"
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": path,
        "SQLITE_LOCK_TIMEOUT": "30",
    }


def _postgres_env(parts) -> dict[str, str]:  # type: ignore[no-untyped-def]
    dbname = parts.path.lstrip("/")
    if not dbname:
        raise BadStoreURL(f"store URL {parts.geturl()!r} names no database")
    schema = parse_qs(parts.query).get("schema", [""])[0]
    return {
        "POSTGRES_SCHEMA": schema,
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": unquote(dbname),
        "POSTGRES_HOST": parts.hostname or "127.0.0.1",
        "POSTGRES_PORT": str(parts.port or 5432),
        "POSTGRES_USER": unquote(parts.username or "postgres"),
        "POSTGRES_PASSWORD": unquote(parts.password or ""),
        "POSTGRES_POOL_SIZE": "5",
        "POSTGRES_MAX_OVERFLOW": "10",
    }


def ensure_schema(env: dict[str, str]) -> None:
    """Creates the PostgreSQL schema a store URL names, so a new schema needs no setup."""
    schema = env.get("POSTGRES_SCHEMA")
    if env.get("PERSISTENCE_MODULE") != "eventsourcing.postgres" or not schema:
        return
    import psycopg
    from psycopg import sql

    with psycopg.connect(
        dbname=env["POSTGRES_DBNAME"],
        host=env["POSTGRES_HOST"],
        port=int(env["POSTGRES_PORT"]),
        user=env["POSTGRES_USER"],
        password=env["POSTGRES_PASSWORD"] or None,
        autocommit=True,
    ) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))

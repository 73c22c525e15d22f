"""One URL chooses where events are stored.

``sqlite:///PATH`` (relative; ``sqlite:////abs/path`` absolute), ``memory://``, or
``postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=NAME]``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
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
        # Tables are made by ``create_recorder_tables``, once, not on every start.
        "CREATE_TABLE": "false",
        "POSTGRES_MAX_OVERFLOW": "10",
    }


def create_missing(datastore: Any, table: str, create: Callable[[Any], None]) -> None:
    """Runs ``create(cursor)`` (the DDL of ``table`` and what goes with it) unless ``table``
    exists in the PostgreSQL datastore's schema.

    Processes opening a new store at the same moment would race in PostgreSQL's catalog
    ('duplicate key value violates unique constraint "pg_namespace_nspname_index"', 'tuple
    concurrently updated'), even with IF NOT EXISTS: the DDL runs in one transaction that
    holds an advisory lock per schema, and a store whose table exists runs none at all.
    """
    schema = datastore.schema
    with datastore.transaction(commit=True) as curs:
        if _table_exists(curs, schema, table):
            return
        curs.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"parley-ddl:{schema}",))
        if _table_exists(curs, schema, table):  # made while we waited for the lock
            return
        from psycopg import sql

        curs.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
        create(curs)


def _table_exists(curs: Any, schema: str, table: str) -> bool:
    curs.execute(
        "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = %s AND tablename = %s",
        (schema, table),
    )
    return curs.fetchone() is not None


def create_recorder_tables(recorder: Any) -> None:
    """The tables, types and functions of an ``eventsourcing`` PostgreSQL recorder (made with
    ``CREATE_TABLE=false``), created once and safely; see ``create_missing``."""

    def create(curs: Any) -> None:
        import psycopg

        for statement in recorder.sql_create_statements:
            if "CREATE TYPE" in statement.as_string():
                # No IF NOT EXISTS for types: a type left by an interrupted older setup stays.
                duplicate = psycopg.errors.DuplicateObject
                with contextlib.suppress(duplicate), curs.connection.transaction():
                    curs.execute(statement, prepare=False)
            else:
                curs.execute(statement, prepare=False)

    create_missing(recorder.datastore, recorder.events_table_name, create)
    recorder.datastore.register_type_adapters()

"""Crypto-shredding: article texts and evidence sentences sealed with a key per article.

The log is append-only, so a text written into it can never be taken out. An article's text,
and the evidence sentences of the events extracted from it, are therefore stored encrypted
(AES-GCM) with a data key of that article's own, and the keys live outside the log, in a
table of the same database (``parley_article_keys``; a dict in memory). Withdrawing the
article deletes its key: what the log holds of it is then unreadable noise.

A sealed text is a string: a marker no article text can hold (a NUL, refused at ingest)
and the base64 of nonce and ciphertext. Texts stored before sealing existed read as stored.
"""

from __future__ import annotations

import base64
import os
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from eventsourcing.persistence import Mapper, StoredEvent
from eventsourcing.utils import get_topic

from application.store import create_missing
from domain.article import Article
from domain.correction import Correction
from domain.events import CatalogEvent
from domain.values import Evidence

MARKER = "\x00parley-sealed:v1:"
UNREADABLE = ""  # what a sealed text reads as once its key is gone
KEY_TABLE = "parley_article_keys"
ARTICLE_TOPIC = get_topic(Article.Ingested)


def is_sealed(text: Any) -> bool:
    return isinstance(text, str) and text.startswith(MARKER)


class KeyStore(ABC):
    """Data keys by article id, outside the log; keys found are cached."""

    def __init__(self) -> None:
        self.cache: dict[str, bytes] = {}
        self.ciphers: dict[str, AESGCM] = {}  # made once per key: 7 us each

    def key(self, article: str) -> bytes | None:
        """The article's key, or None (never made, or destroyed)."""
        key = self.cache.get(article)
        if key is None:
            key = self._get(article)
            if key is not None:
                self.cache[article] = key
        return key

    def cipher(self, article: str) -> AESGCM | None:
        """The article's cipher, or None (no key)."""
        cipher = self.ciphers.get(article)
        if cipher is None:
            key = self.key(article)
            if key is None:
                return None
            cipher = self.ciphers[article] = AESGCM(key)
        return cipher

    def key_for_writing(self, article: str) -> bytes:
        """The article's key, made now if it has none."""
        key = self.key(article)
        if key is None:
            self._put(article, AESGCM.generate_key(bit_length=256))
            key = self._get(article)  # a rival writer's key, if it got there first
            assert key is not None
            self.cache[article] = key
        return key

    def prepare(self, articles: list[str]) -> None:
        """Makes (or reads) the keys of articles about to be stored, in one round trip
        each way, so a batch does not pay a transaction per article."""
        missing = [a for a in articles if a not in self.cache]
        if missing:
            made = {a: AESGCM.generate_key(bit_length=256) for a in missing}
            self.cache.update(self._put_many(made))

    def load(self, articles: Iterable[str]) -> None:
        """Reads the keys of many articles at once (those not cached yet): reading a page
        of events asks once, not once per article."""
        missing = sorted({a for a in articles if a not in self.cache})
        if missing:
            self.cache.update(self._get_many(missing))

    def _get_many(self, articles: list[str]) -> dict[str, bytes]:
        """The keys of those articles that have one."""
        return {a: k for a in articles if (k := self._get(a)) is not None}

    def _put_many(self, keys: dict[str, bytes]) -> dict[str, bytes]:
        """Stores the keys of articles that have none; answers every article's key."""
        for article, key in keys.items():
            self._put(article, key)
        return {a: k for a in keys if (k := self._get(a)) is not None}

    def destroy(self, article: str) -> bool:
        """Deletes the article's key; True if it had one."""
        self.forget(article)
        return self._delete(article)

    def forget(self, article: str) -> None:
        """Drops a cached key (destroyed by another process)."""
        self.cache.pop(article, None)
        self.ciphers.pop(article, None)

    @abstractmethod
    def _get(self, article: str) -> bytes | None: ...

    @abstractmethod
    def _put(self, article: str, key: bytes) -> None:
        """Stores a key unless the article has one already."""

    @abstractmethod
    def _delete(self, article: str) -> bool: ...


class MemoryKeys(KeyStore):
    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[str, bytes] = {}

    def _get(self, article: str) -> bytes | None:
        return self.keys.get(article)

    def _put(self, article: str, key: bytes) -> None:
        self.keys.setdefault(article, key)

    def _delete(self, article: str) -> bool:
        return self.keys.pop(article, None) is not None


class SQLiteKeys(KeyStore):
    """Keys in the event store's own SQLite database."""

    def __init__(self, datastore: Any, path: str) -> None:
        super().__init__()
        self.datastore = datastore
        self.path = path
        with datastore.transaction(commit=True) as curs:
            curs.execute(
                f"CREATE TABLE IF NOT EXISTS {KEY_TABLE} "
                "(article TEXT PRIMARY KEY, key BLOB NOT NULL)"
            )

    def _get(self, article: str) -> bytes | None:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(f"SELECT key FROM {KEY_TABLE} WHERE article = ?", (article,))
            row = curs.fetchone()
        return bytes(row[0]) if row else None

    def _put(self, article: str, key: bytes) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"INSERT OR IGNORE INTO {KEY_TABLE} VALUES (?, ?)", (article, key))

    def _get_many(self, articles: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        with self.datastore.transaction(commit=False) as curs:
            for i in range(0, len(articles), 500):  # under SQLite's limit of placeholders
                chunk = articles[i : i + 500]
                marks = ",".join("?" * len(chunk))
                curs.execute(
                    f"SELECT article, key FROM {KEY_TABLE} WHERE article IN ({marks})", chunk
                )
                found.update((row[0], bytes(row[1])) for row in curs.fetchall())
        return found

    def _put_many(self, keys: dict[str, bytes]) -> dict[str, bytes]:
        with self.datastore.transaction(commit=True) as curs:
            for article, key in keys.items():
                curs.execute(f"INSERT OR IGNORE INTO {KEY_TABLE} VALUES (?, ?)", (article, key))
            found = {}
            for article in keys:
                curs.execute(f"SELECT key FROM {KEY_TABLE} WHERE article = ?", (article,))
                found[article] = bytes(curs.fetchone()[0])
        return found

    def _delete(self, article: str) -> bool:
        with self.datastore.transaction(commit=True) as curs:
            # Zero the freed bytes, so the key is not left in a free page of the file.
            curs.execute("PRAGMA secure_delete = ON")
            curs.execute(f"SELECT 1 FROM {KEY_TABLE} WHERE article = ?", (article,))
            deleted = curs.fetchone() is not None
            curs.execute(f"DELETE FROM {KEY_TABLE} WHERE article = ?", (article,))
        checkpoint(self.path)
        return deleted


def checkpoint(path: str) -> None:
    """Copies a SQLite file's WAL into it and truncates the WAL, where old pages linger."""
    if not path or "memory" in path:
        return
    db = sqlite3.connect(path, timeout=30)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


class PostgresKeys(KeyStore):
    """Keys in a table of the event store's PostgreSQL schema."""

    def __init__(self, datastore: Any) -> None:
        super().__init__()
        self.datastore = datastore
        self.table = f'"{datastore.schema or "public"}"."{KEY_TABLE}"'
        if datastore.schema:
            create_missing(datastore, KEY_TABLE, self._create)
        else:
            with datastore.transaction(commit=True) as curs:
                self._create(curs)

    def _create(self, curs: Any) -> None:
        curs.execute(
            f"CREATE TABLE IF NOT EXISTS {self.table} "
            "(article TEXT PRIMARY KEY, key BYTEA NOT NULL)"
        )

    def _get(self, article: str) -> bytes | None:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(f"SELECT key FROM {self.table} WHERE article = %s", (article,))
            row = curs.fetchone()
        if not row:
            return None
        return bytes(row["key"] if isinstance(row, dict) else row[0])

    def _put(self, article: str, key: bytes) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(
                f"INSERT INTO {self.table} VALUES (%s, %s) ON CONFLICT DO NOTHING", (article, key)
            )

    def _get_many(self, articles: list[str]) -> dict[str, bytes]:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(
                f"SELECT article, key FROM {self.table} WHERE article = ANY(%s)", (articles,)
            )
            rows = curs.fetchall()
        return {
            (r["article"] if isinstance(r, dict) else r[0]): bytes(
                r["key"] if isinstance(r, dict) else r[1]
            )
            for r in rows
        }

    def _put_many(self, keys: dict[str, bytes]) -> dict[str, bytes]:
        with self.datastore.transaction(commit=True) as curs:
            # In one order for every writer: two batches sharing articles then wait for each
            # other on the key table's index instead of deadlocking.
            curs.executemany(
                f"INSERT INTO {self.table} VALUES (%s, %s) ON CONFLICT DO NOTHING",
                sorted(keys.items()),
            )
            curs.execute(
                f"SELECT article, key FROM {self.table} WHERE article = ANY(%s)", (list(keys),)
            )
            rows = curs.fetchall()
        return {
            (r["article"] if isinstance(r, dict) else r[0]): bytes(
                r["key"] if isinstance(r, dict) else r[1]
            )
            for r in rows
        }

    def _delete(self, article: str) -> bool:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"DELETE FROM {self.table} WHERE article = %s", (article,))
            deleted = curs.rowcount > 0
        # The deleted row stays in the table's file until vacuumed (pool connections
        # autocommit, as VACUUM needs).
        with self.datastore.get_connection() as conn:
            conn.execute(f"VACUUM {self.table}")
        return deleted


def seal(cipher: AESGCM, article: str, text: str) -> str:
    nonce = os.urandom(12)
    sealed = cipher.encrypt(nonce, text.encode("utf-8"), article.encode("utf-8"))
    return MARKER + base64.b64encode(nonce + sealed).decode("ascii")


def unseal(keys: KeyStore, article: str, text: str) -> str:
    """The plain text of a sealed one (a plain one as is); unreadable once the key is gone."""
    if not is_sealed(text):
        return text
    cipher = keys.cipher(article)
    if cipher is None:
        return UNREADABLE
    blob = base64.b64decode(text[len(MARKER) :])
    return cipher.decrypt(blob[:12], blob[12:], article.encode("utf-8")).decode("utf-8")


class SealingMapper(Mapper[Any]):
    """Seals article texts and evidence sentences on the way into the log, and opens them on
    the way out. Events of an article stored unsealed (before sealing existed) stay so."""

    def __init__(self, base: Mapper[Any], keys: KeyStore) -> None:
        super().__init__(base.transcoder, base.compressor, base.cipher)
        self.keys = keys

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        sealed = self._sealed(domain_event)
        return super().to_stored_event(sealed if sealed is not None else domain_event)

    def _sealed(self, event: Any) -> Any:
        if isinstance(event, Article.Ingested):
            self.keys.key_for_writing(event.article_id)
            cipher = self.keys.cipher(event.article_id)
            assert cipher is not None
            return _with(event, text=seal(cipher, event.article_id, event.text))
        if isinstance(event, CatalogEvent) and isinstance(event.evidence, Evidence):
            found = self.keys.cipher(event.article)  # None: an article stored before sealing
            if found is None or is_sealed(event.evidence.text):
                return None
            evidence = event.evidence
            text = seal(found, event.article, evidence.text)
            sealed = Evidence(evidence.article, evidence.sentence, evidence.span, text)
            return _with(event, evidence=sealed)
        if isinstance(event, Correction.Made) and isinstance(event.anchor, dict):
            # The sentence a correction is anchored to is the article's text too.
            article, sentence = event.anchor.get("article"), event.anchor.get("sentence")
            found = self.keys.cipher(article) if isinstance(article, str) else None
            if found is None or not isinstance(sentence, str) or is_sealed(sentence):
                return None
            anchor = {**event.anchor, "sentence": seal(found, str(article), sentence)}
            return _with(event, anchor=anchor)
        return None

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        event = super().to_domain_event(stored_event)
        state = vars(event)
        text = state.get("text")
        if isinstance(text, str) and is_sealed(text) and "article_id" in state:
            state["text"] = unseal(self.keys, state["article_id"], text)
        anchor = state.get("anchor")
        if isinstance(anchor, dict) and is_sealed(anchor.get("sentence")):
            sentence = unseal(self.keys, anchor["article"], anchor["sentence"])
            state["anchor"] = {**anchor, "sentence": sentence}
        evidence = state.get("evidence")
        if isinstance(evidence, Evidence) and is_sealed(evidence.text):
            text = unseal(self.keys, state["article"], evidence.text)
            state["evidence"] = Evidence(evidence.article, evidence.sentence, evidence.span, text)
        return event


def _with(event: Any, **changes: Any) -> Any:
    copy = object.__new__(type(event))
    object.__setattr__(copy, "__dict__", {**vars(event), **changes})
    return copy

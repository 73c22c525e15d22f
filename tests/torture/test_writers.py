"""Writers racing on one store through the CLI and the API, with overlapping and
conflicting input: no 5xx, no dropped connection, every article stored once, every conflict
refused by name."""

from __future__ import annotations

import random
import re
import subprocess
import threading
from collections import Counter
from pathlib import Path

import httpx
import pytest

from application.articles import ArticleInput
from domain.article import text_digest
from tests.api.support import AUTH, running
from tests.torture import figures
from tests.torture.support import ROUNDS, Torture, parley_command, write_jsonl

REFUSED = re.compile(r"^refused: article '([^']+)' is already stored with a different text", re.M)


def _json(article: ArticleInput) -> dict[str, str]:
    return {
        "id": article.article_id,
        "published": article.published.isoformat(),
        "text": article.text,
    }


class Writers:
    """Subclasses give the ``url`` fixture."""

    def test_cli_and_api_writers_racing_store_each_article_once_and_refuse_conflicts_by_name(
        self, torture: Torture
    ):
        pool = torture.fresh(24 + 10 * ROUNDS)
        # The same ids under two texts: the API posts one, the CLI files the other.
        contested = pool[:5]
        other = {
            a.article_id: ArticleInput(a.article_id, a.published, f"{a.text} Updated.")
            for a in contested
        }
        # The same text under another id: a duplicate of the first, never stored.
        alias = ArticleInput("alias-0", pool[5].published, pool[5].text)
        files = []
        for n in range(2):
            lines = [*(other.values()), *pool[5:], alias]
            torture.rng.shuffle(lines)
            files.append(write_jsonl(torture.workdir / f"writer-{n}.jsonl", lines))
        answers: list[tuple[list[ArticleInput], httpx.Response]] = []
        dropped: list[str] = []

        def post(seed: int) -> None:
            draw = random.Random(seed)
            with httpx.Client(base_url=server.base, headers=AUTH, timeout=120) as client:
                for _ in range(4 * ROUNDS):
                    batch = draw.sample(pool, 8) + ([alias] if draw.random() < 0.2 else [])
                    try:
                        response = client.post("/articles", json=[_json(a) for a in batch])
                    except httpx.TransportError as e:
                        dropped.append(repr(e))
                        continue
                    answers.append((batch, response))

        with running(torture.url) as server:
            clis = [
                subprocess.Popen(
                    parley_command(torture.url, "ingest", str(path)),
                    env=torture.env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for path in files
            ]
            threads = [threading.Thread(target=post, args=(seed,)) for seed in range(3)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            outputs = [cli.communicate(timeout=300) for cli in clis]

        codes = Counter(response.status_code for _, response in answers)
        figures.add(
            requests=len(answers) + len(dropped),
            dropped_connections=len(dropped),
            **{"5xx": sum(n for code, n in codes.items() if code >= 500)},
        )
        assert not dropped, dropped
        assert set(codes) <= {200, 201, 409}, codes

        app = torture.app()
        stored = {a.article_id: text_digest(a.text) for _, a in app.articles()}
        app.close()
        # One text under two ids: whichever came first is stored, the other is its duplicate.
        assert ("alias-0" in stored) != (pool[5].article_id in stored)
        refused_by_cli: Counter[str] = Counter()
        for cli, (_, err) in zip(clis, outputs, strict=True):
            assert "Traceback" not in err, err
            refused = REFUSED.findall(err)
            assert cli.returncode == (1 if refused else 0), err
            assert len(err.splitlines()) == len(refused), err  # nothing refused but conflicts
            refused_by_cli.update(refused)
        for batch, response in answers:
            if response.status_code == 409:
                named = [e["field"] for e in response.json()["errors"]]
                ids = {batch[int(f[len("articles[") :].split("]")[0])].article_id for f in named}
                assert named and ids <= set(other), response.text
        for article in contested:
            if stored[article.article_id] == text_digest(article.text):  # the API's came first
                assert refused_by_cli[article.article_id] == 2
            else:
                assert stored[article.article_id] == text_digest(other[article.article_id].text)
                assert all(
                    response.status_code == 409 for batch, response in answers if article in batch
                ), f"{article.article_id} stored by the CLI, yet an API batch with it passed"
        for article in pool[6:]:
            torture.acknowledge(article)  # both CLI files hold every one
        for article_id, digest in stored.items():
            torture.acknowledged.setdefault(article_id, digest)
        verdict = torture.check()
        assert verdict.ok, verdict.problems
        assert len(stored) == len(pool)


class TestSQLite(Writers):
    @pytest.fixture
    def url(self, tmp_path: Path) -> str:
        return f"sqlite:///{tmp_path / 'parley.db'}"


@pytest.mark.postgres
class TestPostgres(Writers):
    @pytest.fixture
    def url(self, postgres_url: str) -> str:
        return postgres_url

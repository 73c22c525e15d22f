import json
from datetime import date

from application.articles import ArticleInput
from application.sources import Metadata, SourceError, read_paths


def errors(reads):
    return [str(r) for r in reads if isinstance(r, SourceError)]


def test_a_folder_is_read_through_its_manifest(seeds_dir):
    reads = list(read_paths([seeds_dir]))
    assert len(reads) == 5 and all(isinstance(r, ArticleInput) for r in reads)
    first = reads[0]
    assert first.article_id == "000_9c3c5065485504db" and first.published == date(2024, 2, 14)


def test_a_json_lines_file_reports_each_bad_line_with_its_number(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {"id": "a", "published": "2024-02-14", "text": "Talks opened in Cairo."}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({**good, "id": "b", "published": "14/02/2024"}),
        json.dumps({**good, "id": "c", "text": "   "}),
        json.dumps({**good, "id": "d", "published": None}),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    reads = list(read_paths([path]))
    assert [r.article_id for r in reads if isinstance(r, ArticleInput)] == ["a"]
    messages = errors(reads)
    assert messages[0].startswith(f"{path}:2: malformed JSON")
    assert messages[1] == (
        f"{path}:3: publication date '14/02/2024' is not a valid YYYY-MM-DD date "
        "(a time may follow, as in 2024-02-14T09:30:00Z)"
    )
    assert messages[2] == f"{path}:4: article text is empty"
    assert messages[3] == f"{path}:5: publication date is missing"
    assert messages[4] == f"{path}:6: expected a JSON object"


def test_a_text_file_needs_its_publication_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Hamas said it accepted the proposal.")
    assert errors(read_paths([path])) == [f"{path}: publication date is missing"]
    (read,) = read_paths([path], Metadata(published="2024-05-06", title="Accepted"))
    assert isinstance(read, ArticleInput)
    assert (read.article_id, read.title) == ("story", "Accepted")


def test_binary_empty_unknown_and_missing_files_are_refused_by_name(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Erdo\u011fan".encode("utf-16"))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    meta = Metadata(published="2024-01-01")
    messages = errors(read_paths([binary, empty, latin, pdf, tmp_path / "gone.txt"], meta))
    assert messages == [
        f"{binary}: binary file (it contains NUL bytes), not article text",
        f"{empty}: article text is empty",
        f"{latin}: binary file (it contains NUL bytes), not article text",
        f"{pdf}: unknown format '.pdf': give a folder with manifest.json or .html files, "
        "a .jsonl file, an .html page, or a .txt file with --published",
        f"{tmp_path / 'gone.txt'}: no such file or folder",
    ]


def test_a_folder_without_manifest_or_with_a_broken_one_is_refused(tmp_path):
    assert errors(read_paths([tmp_path])) == [
        f"{tmp_path}: no manifest.json and no .html pages in this folder (see seeds/)"
    ]
    (tmp_path / "manifest.json").write_text('{"articles": [{"file": "missing.txt"}]')
    assert errors(read_paths([tmp_path]))[0].startswith(f"{tmp_path}/manifest.json: malformed JSON")


def test_a_manifest_entry_without_a_date_refuses_only_that_article(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed in Doha.")
    (tmp_path / "b.txt").write_text("Talks stalled in Doha.")
    manifest = {"articles": [{"file": "a.txt", "published": "2024-03-01"}, {"file": "b.txt"}]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    reads = list(read_paths([tmp_path]))
    assert isinstance(reads[0], ArticleInput) and reads[0].article_id == "a"
    assert errors(reads) == [f"{tmp_path / 'b.txt'}: publication date is missing"]

"""Sentences (abbreviations, broken lines, periods glued to the next sentence), modality,
evidence, versioning."""

from __future__ import annotations

import pickle
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from extraction.pipeline import RuleExtractor
from extraction.registry import PACKAGE, PACKAGED_DATA, code_digest
from extraction.rules import FAMILIES
from extraction.rules.base import GAP, expand
from extraction.sentences import split_sentences
from tests.extraction.conftest import of_type


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "C.I.A. director William J. Burns met Dr. Smith on Oct. 7 in Cairo. Then he left."
    assert [s.text for s in split_sentences(text)] == [
        "C.I.A. director William J. Burns met Dr. Smith on Oct. 7 in Cairo.",
        "Then he left.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv will talk if Russia withdraws, a demand being\n\nrejected by Moscow.",
        "The army said it would hold its fire,\nbut only in the city.",
    ],
)
def test_a_line_broken_inside_a_sentence_joins_it(text):
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Talks resume in Doha\n\nThe sides meet on Monday.",
        "Hamas replies to a proposal.\n\nmore to follow",
        "By a reporter\nThe talks resumed.",
    ],
)
def test_a_line_ended_or_followed_by_a_capital_still_ends_a_sentence(text):
    assert len(split_sentences(text)) == 2


def test_an_acronym_before_a_sentence_opener_ends_the_sentence():
    assert (
        len(split_sentences("The vote was delayed at the request of the U.S. Meanwhile, aid rose."))
        == 2
    )


def test_expected_and_reported_modalities(read):
    expected = of_type(
        read("Israel is expected to send a delegation to Cairo on Sunday."), "DelegationSent"
    )
    reported = of_type(
        read("Hamas reportedly accepted the Egyptian proposal, citing unnamed officials."),
        "ProposalAccepted",
    )
    assert expected[0].modality == "expected"
    assert reported[0].modality == "reported"


def test_evidence_points_at_the_sentence(read):
    text = "Markets were calm. Qatar urged Hamas to accept the deal."
    finding = of_type(read(text), "AppealMade")[0]
    start, end = finding.evidence.span
    assert finding.evidence.sentence == 1
    assert text[start:end] == finding.evidence.text == "Qatar urged Hamas to accept the deal."


def test_every_finding_records_extractor_version_and_rule(read, extractor):
    finding = read("Qatar urged Hamas to accept the deal.")[0]
    assert finding.extractor.name == "rules"
    assert finding.extractor.version == extractor.version
    assert re.fullmatch(r"1\.17\.0\+d\.[0-9a-f]{8}\.c\.[0-9a-f]{8}", extractor.version)
    assert finding.extractor.rule == "appeal.verb"


def test_editing_the_registry_changes_the_version(tmp_path: Path):
    for path in PACKAGED_DATA.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    before = RuleExtractor.load(tmp_path)
    with open(tmp_path / "actors.toml", "a", encoding="utf-8") as f:
        f.write(
            '\n[[actor]]\nid = "oman"\nkind = "state"\nnames = ["Oman"]\nadjectives = ["Omani"]\n'
        )
    after = RuleExtractor.load(tmp_path)
    assert before.version != after.version
    found = of_type(
        after.extract("t", date(2024, 2, 14), "Oman urged Hamas to accept the deal."), "AppealMade"
    )
    assert "oman" in found[0].actor_ids()


def test_extraction_is_deterministic(read):
    text = Path(__file__).read_text()[:2000]
    assert read(text) == read(text)


def _copy_of_the_package(tmp_path: Path) -> Path:
    shutil.copytree(PACKAGE, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__py*"))
    return tmp_path


# the rule families, the orchestration and the passes over an article it runs
@pytest.mark.parametrize(
    "module",
    [
        "rules/positions.py",
        "rules/statements.py",
        "pipeline.py",
        "anchoring.py",
        "paragraph.py",
        "story.py",
        "meetings.py",
        "answers.py",
        "dedupe.py",
        "findings.py",
    ],
)
def test_editing_the_rule_code_changes_the_code_digest(tmp_path: Path, module: str):
    _copy_of_the_package(tmp_path)
    before = code_digest(tmp_path)
    assert before == code_digest(PACKAGE)
    with open(tmp_path / module, "a", encoding="utf-8") as f:
        f.write("\n# a rule edit\n")
    assert code_digest(tmp_path) != before


def test_editing_a_rule_file_changes_the_code_digest(tmp_path: Path):
    _copy_of_the_package(tmp_path)
    before = code_digest(tmp_path)
    with open(tmp_path / "data" / "rules" / "outcomes.toml", "a", encoding="utf-8") as f:
        f.write("\n# a rule edit\n")
    assert code_digest(tmp_path) != before


def test_every_family_of_rules_has_one_rule_file_and_every_rule_file_a_family():
    rule_files = sorted((PACKAGE / "data" / "rules").glob("*.toml"))
    assert [p.stem for p in rule_files] == sorted(f.name for f in FAMILIES)


def test_a_rule_naming_an_unknown_word_list_is_refused_with_its_file_and_rule():
    with pytest.raises(ValueError, match=r"data/rules/x.toml, rule 'r': .*'nouns'"):
        expand(r"\b${nouns}\b", {"verbs": ["said"]}, "data/rules/x.toml, rule 'r'")


def test_a_rule_pattern_joins_word_lists_and_pattern_parts():
    words = {"a": ["one", "two"], "b": ["three"]}
    assert expand("${a+b}${gap}", words, "here") == "(?:one|two|three)" + GAP


def test_a_dateline_names_no_actor_and_no_venue(read):
    found = read("DOHA, Qatar (AP) — Hamas freed 13 hostages on Friday.", date(2023, 11, 24))
    assert all("qatar" not in f.actor_ids() for f in found)
    assert of_type(found, "HostagesReleased")


def test_editing_the_time_words_changes_the_code_digest(tmp_path: Path):
    copy = tmp_path / "extraction"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_digest(copy)
    words = copy / "data" / "time.toml"
    words.write_text(words.read_text().replace("max_days = 14", "max_days = 10"))
    assert code_digest(copy) != before


def test_the_extractor_survives_pickling_for_replay_workers(extractor):
    text = (
        "Hamas said the talks in Cairo were serious, an official told reporters on Tuesday. "
        "Qatar urged both sides to accept the plan."
    )
    copy = pickle.loads(pickle.dumps(extractor))
    published = date(2024, 2, 14)
    assert copy.extract("a", published, text) == extractor.extract("a", published, text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Hamas wants time to regroup.The envoy met Qatar's premier.", 2),
        ("Talks stalled.Mediators said they would try again.", 2),
        ('He said "never."The group left.', 2),
        ("Mrs.Jones spoke to Axios.com on Monday.", 1),
        ("The U.S.Army was not involved.", 1),
    ],
)
def test_a_period_glued_to_the_next_sentence_still_ends_a_sentence(text, parts):
    assert len(split_sentences(text)) == parts

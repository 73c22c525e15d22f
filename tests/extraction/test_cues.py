"""The cue gate: a rule runs only on sentences holding one of the literals every match of its
pattern must contain."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extraction.cues import (
    CueIndex,
    Gate,
    first_chars,
    led,
    literal_cues,
    literal_starts,
    matches_at,
)
from extraction.pipeline import RuleExtractor
from tests.extraction import (
    test_outcomes,
    test_positions,
    test_process,
    test_proposals,
    test_statements,
)

# The family files' wordings of events and readings that are not events: texts the rules meet.
FAMILIES = (test_process, test_proposals, test_positions, test_outcomes, test_statements)
FOUND = [row for family in FAMILIES for row in family.WORDINGS]
NOTHING = [row for family in FAMILIES for row in family.NOT_THE_EVENT]


def test_every_match_of_a_rule_holds_one_of_its_cues(extractor):
    texts = [t for t, _, _ in FOUND] + [t for t, _ in NOTHING]
    for rule in extractor.rulebook.rules:
        cues = literal_cues(rule.pattern)
        if cues is None:
            continue
        for text in texts:
            for m in rule.pattern.finditer(text.lower()):
                assert any(c in m.group(0) for c in cues), (rule.id, m.group(0))


def test_a_rule_is_cued_by_its_rarest_required_words_not_by_its_auxiliaries():
    pattern = re.compile(r"\b(?:is|are|was)\s+(?:\w+\s+)?(?:leading|heading)\s+(?:the\s+)?team")
    assert literal_cues(pattern) == {"leading", "heading"}
    ended = re.compile(r"(?:talks|round)?\s*(?:ended|(?:broke|fell) (?:up|off))")
    assert literal_cues(ended) == {"ended", "broke", "fell"}
    assert literal_cues(re.compile(r"(?i)rafah")) is None


# Sentences of our own beside the wording tests: rules that start with a word and rules that
# do not, in varied negotiations.
OWN = [
    "The Armenian delegation said on Tuesday that the talks in Abu Dhabi were constructive.",
    "Kyiv's negotiators arrived in Istanbul, where Turkish officials said a new round would open.",
    "The RSF, which was not invited to Jeddah, said it would not accept a truce until the army "
    "withdrew.",
    "M23 rebels freed 12 captured soldiers on Friday in exchange for 40 fighters, Qatar said.",
    "Colombia and the ELN agreed to extend the ceasefire agreed in August by another 90 days.",
]


def _texts() -> list[str]:
    return (
        [t.lower() for t, _, _ in FOUND]
        + [t.lower() for t, _ in NOTHING]
        + [t.lower() for t in OWN]
    )


def test_a_rule_tried_only_where_its_starts_occur_finds_what_finditer_finds(extractor):
    anchored = [extractor.rulebook.rules[i] for i in sorted(extractor.cues.anchored)]
    assert len(anchored) > len(extractor.rulebook.rules) // 2
    found = 0
    for text in _texts():
        maybe, starts = extractor.cues.starts(text)
        for index in extractor.cues.anchored:
            pattern = extractor.rulebook.rules[index].pattern
            expected = [m.span() for m in pattern.finditer(text)]
            if index not in maybe:
                assert expected == [], extractor.rulebook.rules[index].id
                continue
            got = [m.span() for m in matches_at(pattern, text, starts[index])]
            assert got == expected, (extractor.rulebook.rules[index].id, text)
            found += len(got)
    assert found > 50


def test_every_match_of_a_pattern_starts_with_one_of_its_starts(extractor):
    for rule in extractor.rulebook.rules:
        starts = literal_starts(rule.pattern)
        if starts is None:
            continue
        for text in _texts():
            for m in rule.pattern.finditer(text):
                assert m.group(0).startswith(tuple(starts)), (rule.id, m.group(0))


def test_starts_are_the_literals_before_the_first_open_part():
    assert literal_starts(re.compile(r"\b(?:said|told)\s+\w+")) == {"said", "told"}
    assert literal_starts(re.compile(r"(?:the\s+)?talks")) is None
    assert literal_starts(re.compile(r"ab(?i:cd)")) == {"ab"}  # case-blind: cd may be CD
    assert literal_starts(re.compile(r"(?i)rafah")) is None


def test_tries_at_overlapping_starts_keep_finditer_order():
    pattern = re.compile(r"aba|ba")
    text = "ababa ba"
    starts = [m.start() for m in re.finditer(r"(?=ab|ba)", text)]
    assert [m.span() for m in matches_at(pattern, text, starts)] == [
        m.span() for m in pattern.finditer(text)
    ]


def test_a_gate_closes_on_a_text_without_the_literals_every_match_holds():
    gate = Gate(re.compile(r"\b(?:agreed|signed)\s+(?:a\s+)?(?:truce|deal)"))
    assert gate.open("the sides signed a truce")
    assert not gate.open("the sides met in geneva")
    assert Gate(re.compile(r"\d+")).open("no literal at all: always open")


def test_a_gate_opens_only_where_one_alternative_finds_each_of_its_words():
    gate = Gate(re.compile(r"\b(?:talks|round) (?:were|was) (?:tough|hard)|no headway|snags?"))
    assert gate.open("the talks were tough, an aide said")
    assert gate.open("the envoy said there was no headway")
    assert gate.open("a few snags remain")
    # 'talks' and 'hard' of one alternative, apart: a word it needs is not enough
    assert not gate.open("the talks in cairo went on late")
    assert not gate.open("a hard line on the border")


def test_a_gate_opens_wherever_its_pattern_matches(extractor):
    """Every rule's pattern and the statements' assessment lists: no text they match is
    closed to them."""
    statements = next(f for f in extractor.rulebook.families if f.name == "statements")
    patterns = [rule.pattern for rule in extractor.rulebook.rules]
    patterns += [statements.any_assessment, *statements.assessments.values()]
    opened = 0
    for pattern in patterns:
        gate = Gate(pattern)
        for text in _texts():
            if pattern.search(text):
                assert gate.open(text), (pattern.pattern[:80], text)
                opened += 1
    assert opened > 500, opened


def test_guards_and_starts_change_no_finding(extractor):
    """The rule book read the plain way (every pattern run over the whole sentence, no guard)
    gives the same findings."""
    plain = RuleExtractor.load()
    plain.rulebook.rules[:] = [replace(rule, ready=None) for rule in plain.rulebook.rules]
    plain.cues = CueIndex([rule.pattern for rule in plain.rulebook.rules])
    assert any(rule.ready for rule in extractor.rulebook.rules)
    texts = [t for t, _, _ in FOUND] + [t for t, _ in NOTHING] + OWN
    article = "\n\n".join(OWN)
    total = 0
    for text in [*texts, article]:
        got = extractor.extract("own", date(2024, 2, 14), text)
        assert got == plain.extract("own", date(2024, 2, 14), text), text
        total += len(got)
    assert total > 40


def test_a_negation_ending_where_the_window_is_cut_still_counts(extractor):
    # 'no' of 'now' ends the window cut at the trigger's end: read as a negation, as before the
    # sentence-wide cue was tested first
    folded = "talks resumed now in doha"
    assert extractor.modality.negated(folded, 0, (0, 16))
    assert not extractor.modality.negated(folded, 0, (0, 13))


DESCRIBED = [
    "Qatar hosted the envoys. The Gulf state said the two sides would meet again in Doha.",
    "Jordan received the delegations; the kingdom said it would keep its border open.",
    "Oman passed on the message, and the sultanate said on Monday the talks were serious.",
    "Iran answered the letter. The Islamic Republic said it would not talk under threat.",
    "Kenya hosted the Sudanese parties in Nairobi, where the two armies agreed to a pause.",
]


def test_description_cues_skip_no_description_a_pattern_would_find(extractor):
    """Describing words ('the kingdom', 'the Gulf state') are looked for only in articles
    holding them: the same mentions as trying every pattern over every article."""
    from extraction.gazetteer import fold
    from extraction.generic import described_mentions

    def affiliations(actor: str) -> tuple[str, ...]:
        return extractor.registry.affiliations(actor, date(2024, 2, 14))

    found = 0
    for text in [*DESCRIBED, "\n\n".join(DESCRIBED)]:
        folded = fold(text)
        hits = extractor.gazetteer.find(text, folded)
        mentions, _ = extractor.resolver.resolve(text, folded, hits, date(2024, 2, 14))
        cued = described_mentions(
            folded, mentions, extractor.descriptions, affiliations, extractor.description_cues
        )
        assert cued == described_mentions(folded, mentions, extractor.descriptions, affiliations)
        found += len(cued[0])
    assert found >= 3, found


def test_the_topic_test_of_statements_agrees_with_the_topic_words_run_as_one_pattern(extractor):
    statements = next(f for f in extractor.rulebook.families if f.name == "statements")
    texts = [t.lower() for t in [*OWN, *DESCRIBED]] + [
        "the weather in geneva was mild",
        "the two sides traded accusations",
        "officials praised the ending of the long war",
    ]
    answers = [statements._on_topic(t) for t in texts]
    assert answers == [statements.topic.search(t) is not None for t in texts]
    assert True in answers and False in answers


def test_first_chars_are_what_any_match_may_open_with():
    assert first_chars(re.compile(r"\b(?:the\s+two|both)\b|(?<='s\s)rival")) == "[brt]"
    assert first_chars(re.compile(r"(?:,\s*)?\band\b")) == "[\\U0000002ca]"
    assert first_chars(re.compile(r"\s*plans?")) == "[\\sp]"
    assert first_chars(re.compile(r"[a-c\d]x|;")) == "[\\U0000003b\\da-c]"
    # a match may be empty, open with any character, or with either case: no class
    assert first_chars(re.compile(r"a*")) is None
    assert first_chars(re.compile(r".b")) is None
    assert first_chars(re.compile(r"[^a]b")) is None
    assert first_chars(re.compile(r"(?i)rafah")) is None


LED = [
    r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:sides|parties)\b|(?<=[\w.]'s\s)rival\s+camps\b",
    r";|:|\"|\(|\)|\b(?:but|said|told|that|as)\b|(?<!such)\bas\b(?! well)",
    r"(?<=\b(?:jan|feb|oct))\.(?=\s?\d)",
    r"^\s*File [Pp]hoto\s*$|\((?:Photo|Picture)\)",
    r"(?:,\s*)?\band\s*$",
]


def test_a_led_pattern_finds_what_the_pattern_finds_in_any_window():
    texts = [
        *_texts(),
        "Photo\n  File photo\n(Picture) and jan. 5, oct.12 ; said so, the two sides",
        "both the parties met; Sudan's rival camps, such as the two sides, as well as",
    ]
    for source in LED:
        for flags in (0, re.M):
            pattern = re.compile(source, flags)
            fast = led(pattern)
            assert fast is not pattern and fast.groupindex == pattern.groupindex
            for text in texts:
                for lo, hi in [(0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))]:
                    assert [m.span() for m in fast.finditer(text, lo, hi)] == [
                        m.span() for m in pattern.finditer(text, lo, hi)
                    ], (source, text)
    assert led(re.compile(r"a*")).pattern == "a*"  # no class: the pattern itself


def test_the_time_hint_gate_finds_what_the_time_hint_pattern_finds():
    from extraction.temporal import ORDINAL_HINT, TIME_HINT, TIME_WORDS, TIME_WORDS_GATE

    assert literal_cues(re.compile(TIME_WORDS)) == set(TIME_WORDS.split("|"))  # plain words
    texts = [*_texts(), "the 21st of may", "no hint in this one", "on the 3rd", "the minutes"]
    for text in texts:
        fast = TIME_WORDS_GATE.open(text) or ORDINAL_HINT.search(text) is not None
        assert fast == (TIME_HINT.search(text) is not None), text

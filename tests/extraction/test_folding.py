"""Folding a text at once gives what folding it character by character gives."""

from extraction.gazetteer import _fold_char, fold


def _by_character(text: str) -> str:
    return "".join(_fold_char(ch) for ch in text)


def test_folding_a_text_keeps_offsets_and_folds_each_character_as_alone():
    text = "Erdoğan’s envoy — in Doha — met Al-Thani’s aide; Σ İstanbul ¯ · ‐ «Ceasefire»"
    assert fold(text) == _by_character(text)
    assert len(fold(text)) == len(text)


def test_characters_that_fold_to_a_hyphen_stay_hyphens_while_hyphens_become_spaces():
    # '¯' and '·' fold to '-' (anyascii), unlike a written hyphen, which is a space
    assert fold("a¯b-c·d") == _by_character("a¯b-c·d") == "a-b c-d"


def test_every_character_of_the_basic_plane_folds_as_it_does_alone():
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    assert [fold(ch + "é") for ch in chars] == [_by_character(ch + "é") for ch in chars]

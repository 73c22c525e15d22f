"""Data packs: what is specific to one conflict's talks is loaded by default and replaceable."""

from __future__ import annotations

import pytest

from extraction.registry import UnknownPack, load_registry, packs_in_force


def test_the_gaza_pack_is_loaded_by_default():
    registry = load_registry()
    assert "ismail_haniyeh" in registry.actors
    assert registry.negotiations[0].id == "israel-hamas"
    assert "hostage_release" in registry.lexicon["issues"]


def test_without_packs_only_general_knowledge_is_loaded():
    registry = load_registry(packs=[])
    assert "ismail_haniyeh" not in registry.actors
    assert "israel-hamas" not in {n.id for n in registry.negotiations}
    assert "hostage_release" not in registry.lexicon["issues"]
    assert {"russia", "hamas", "hezbollah", "rsf"} <= set(registry.actors)
    assert "russia-ukraine" in {n.id for n in registry.negotiations}


def test_leaders_and_envoys_of_general_use_are_known_without_packs():
    from datetime import date

    registry = load_registry(packs=[])
    for person in ("donald_trump", "steve_witkoff", "abbas_araghchi", "recep_tayyip_erdogan"):
        assert person in registry.actors
    assert registry.holder("united_states/president", date(2024, 6, 1)) == "joe_biden"
    assert registry.holder("united_states/president", date(2025, 6, 1)) == "donald_trump"
    assert registry.holder("lebanon/parliament_speaker", date(2025, 6, 1)) == "nabih_berri"
    assert "united_states" in registry.affiliations("tom_barrack", date(2025, 7, 7))


def test_the_gaza_pack_holds_the_persons_of_those_talks_only():
    general = load_registry(packs=[]).actors
    gaza = load_registry().actors
    assert {"khalil_al_hayya", "gal_hirsch"} <= set(gaza) - set(general)
    assert "benjamin_netanyahu" in general


def test_packs_in_force_change_the_release():
    assert load_registry(packs=[]).digest != load_registry().digest


def test_packs_are_named_by_the_environment(monkeypatch):
    monkeypatch.setenv("PARLEY_EXTRACTION_PACKS", "")
    assert packs_in_force() == ()
    monkeypatch.setenv("PARLEY_EXTRACTION_PACKS", "gaza, other")
    assert packs_in_force() == ("gaza", "other")
    monkeypatch.delenv("PARLEY_EXTRACTION_PACKS")
    assert packs_in_force() == ("gaza",)


def test_an_unknown_pack_is_refused_by_name():
    with pytest.raises(UnknownPack, match="'atlantis'"):
        load_registry(packs=["atlantis"])

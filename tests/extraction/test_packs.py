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

"""What the truce lifecycle needs from one sentence: a length that is the truce's own (or its
phase's), the length an extension adds, how a truce ended, and when it took effect; in news
phrasing written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import of_type

MON = date(2025, 10, 6)  # a Monday


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("Israel and Hamas agreed to a four-day truce after three days of talks.", "four day"),
        ("The sides agreed to a Gaza truce lasting seven days, officials said.", "seven days"),
        ("Mediators said a 10-day humanitarian pause in Gaza had been agreed.", "10 day"),
        ("The warring parties in Gaza reached a six-week ceasefire on Sunday.", "six week"),
    ],
)
def test_a_length_that_qualifies_the_truce_is_its_duration(read, text, duration):
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert found.attributes.get("duration") == duration


@pytest.mark.parametrize(
    "text",
    [
        "After three days of negotiations, Israel and Hamas agreed to a ceasefire.",
        "Egypt said the 12-day war had ended, and Israel and Iran agreed a ceasefire.",
        "The announcement came three hours late, after the Gaza truce was agreed by both sides.",
    ],
)
def test_a_length_of_something_else_is_not_the_truces(read, text):
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert "duration" not in found.attributes


def test_a_phases_length_is_marked_as_the_phases(read):
    text = "Israel and Hamas agreed a ceasefire whose six-week first phase will see hostages freed."
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert found.attributes.get("phase_duration") == "six week"
    assert "duration" not in found.attributes


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("The Gaza truce was extended for an additional two days.", "two days"),
        ("The pause in Gaza was extended by 48 hours on Thursday.", "48 hours"),
        ("Qatar said the ceasefire had been extended for another week.", "1 week"),
        ("The army and the RSF extended the truce for seven more days.", "seven days"),
    ],
)
def test_an_extension_carries_the_length_it_adds(read, text, extension):
    (found,) = of_type(read(text, MON), "TruceExtended")
    assert found.attributes.get("extension") == extension


@pytest.mark.parametrize(
    "text",
    [
        "Qatar was seeking a further extension of the truce.",
        "Mediators called for extending the ceasefire beyond Friday.",
    ],
)
def test_an_extension_sought_is_no_extension(read, text):
    assert of_type(read(text, MON), "TruceExtended") == []


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        ("The Gaza truce expired on Friday morning.", "expired"),
        ("The week-long pause in Gaza ended at dawn on Friday.", "expired"),
        ("The Gaza ceasefire collapsed on Tuesday.", "collapsed"),
        ("Israel ended the truce on Sunday with a wave of strikes.", "collapsed"),
        ("Israel resumed its bombardment of Gaza on Friday.", "fighting_resumed"),
        ("Hamas broke the truce on Sunday, the army said.", "violated"),
    ],
)
def test_a_truces_end_says_how_it_ended(read, text, ending):
    found = of_type(read(text, MON), "CeasefireCollapsed")
    assert found and found[0].attributes.get("ending") == ending


@pytest.mark.parametrize(
    "text",
    [
        "The extension takes effect when the current truce in Yemen expires on Thursday.",
        "Fighting between the army and the RSF will resume once the truce in Sudan ends.",
        "Aid convoys must leave Gaza before the pause expires at dawn.",
    ],
)
def test_a_truces_end_in_a_clause_of_time_is_no_collapse(read, text):
    assert not of_type(read(text, MON), "CeasefireCollapsed")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("The Gaza ceasefire, which took effect on Friday, is holding.", date(2025, 10, 3)),
        ("The Gaza truce, which went into effect on Sunday, has largely held.", date(2025, 10, 5)),
        ("The Gaza truce came into force at 7am on Saturday.", date(2025, 10, 4)),
    ],
)
def test_a_truce_taking_effect_is_dated_by_its_start(read, text, starts):
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert found.occurred.start == starts


def test_a_truce_recalled_in_a_relative_clause_is_no_new_truce(read):
    text = "Egypt, which brokered the truce, said on Monday that the talks would go on."
    assert of_type(read(text, MON), "CeasefireAgreed") == []


def test_a_truce_recalled_with_its_own_date_keeps_that_date(read):
    text = "Qatar, which had brokered the truce in November, said on Tuesday it was hopeful."
    (found,) = of_type(read(text, date(2024, 2, 14)), "CeasefireAgreed")
    assert found.occurred.start.month == 11


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The RSF says any deal must free all detainees, as set out in the ceasefire accord "
            "reached in March.",
            3,
        ),
        (
            "Kyiv insists any settlement must end the war, as laid out in the ceasefire "
            "agreement previously reached in April.",
            4,
        ),
    ],
)
def test_a_truce_compound_with_its_participle_keeps_the_participles_date(read, text, month):
    # 'the ceasefire accord reached in March': 'accord' heads the compound, no subject of a
    # relative clause, so the time is the truce's own, not one to skip
    (found,) = of_type(read(text, date(2025, 5, 20)), "CeasefireAgreed")
    assert (found.occurred.start, found.occurred.end.month) == (date(2025, month, 1), month)


def test_a_truce_announced_on_a_recent_day_is_dated_by_it(read):
    # 'the ceasefire announced on Saturday': the day it was agreed, however recent
    text = "Talks followed the ceasefire announced on Saturday by India and Pakistan."
    (found,) = of_type(read(text, date(2025, 5, 12)), "CeasefireAgreed")
    assert found.occurred.start == date(2025, 5, 10)


def test_mediators_cracking_a_deal_between_the_sides_is_the_agreement(read):
    text = (
        "Mediators Egypt and Qatar finally hammered out a ceasefire deal between Israel and "
        "Hamas on Sunday."
    )
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert {"israel", "hamas"} <= {a.id for a in found.actors}
    assert found.occurred.start == date(2025, 10, 5) and found.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            "The Houthis and the Yemeni government agreed on Thursday to renew the truce "
            "for another two months.",
            "two months",
        ),
        ("Sudan's army and the RSF agreed on Monday to renew their ceasefire for five days.", None),
        ("Thailand and Cambodia are renewing the truce along the border.", None),
    ],
)
def test_renewing_a_truce_is_an_extension(read, text, length):
    found = of_type(read(text), "TruceExtended")
    assert len(found) == 1
    if length:
        assert found[0].attributes["extension"] == length


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("UN envoy announces 2-month truce renewal in Yemen", "2 month"),
        ("The AU announced a one-week ceasefire extension for Sudan on Monday.", "one week"),
        (
            "The parties have agreed to the UN proposal to renew the current truce in Yemen for "
            "two more months.",
            "two months",
        ),
        (
            "Sudan's army and the RSF accepted the Saudi plan to extend the ceasefire by five "
            "days.",
            "five days",
        ),
    ],
)
def test_a_renewal_announced_or_agreed_as_proposed_is_an_extension_not_a_new_truce(
    read, text, length
):
    found = read(text, date(2022, 6, 2))
    (extended,) = of_type(found, "TruceExtended")
    assert extended.attributes["extension"] == length and extended.modality == "asserted"
    assert of_type(found, "CeasefireAgreed") == []


def test_one_side_agreeing_to_a_proposal_to_extend_a_truce_extends_nothing(read):
    text = "Hamas agreed to the Egyptian proposal to extend the truce by two days."
    assert of_type(read(text, MON), "TruceExtended") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi delegation arrived in Sanaa for talks on arrangements to renew the truce.",
        "The envoys discussed ways to extend the ceasefire in Sudan on Monday.",
        "Qatar made fresh attempts to renew the truce between Israel and Hamas.",
    ],
)
def test_arrangements_or_attempts_to_renew_a_truce_extend_nothing(read, text):
    assert not of_type(read(text), "TruceExtended")


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army and the RSF have fought since April.\nThe ceasefire deal was reached during "
        "talks in Jeddah, which began on Monday and ended on Thursday.",
        "Colombia and the ELN have talked since November.\nThe agreement on the truce was reached "
        "during the third round of talks, which began on May 2 and concluded on June 8 in Havana.",
        "Russia and Ukraine have fought since 2022.\nA truce was agreed at the summit, which "
        "opened on Thursday in Istanbul.",
    ],
)
def test_a_time_in_a_clause_about_the_talks_dates_neither_the_truce_nor_its_start(read, text):
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert found.occurred.start == MON
    assert found.attributes.get("starts") is None


def test_a_truce_that_began_on_a_day_is_still_dated_by_it(read):
    text = "Sudan's army and the RSF fought for months.\nThe truce, which began on Friday, held."
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert found.occurred.start == date(2025, 10, 3)


@pytest.mark.parametrize(
    ("text", "parties", "duration"),
    [
        (
            "The Colombian government and the ELN on Friday signed a historic agreement for a "
            "six-month bilateral ceasefire.",
            {"colombia", "eln"},
            "six month",
        ),
        (
            "Sudan's army and the RSF signed an accord on a seven-day humanitarian truce on "
            "Saturday.",
            {"sudan", "rsf"},
            "seven day",
        ),
        (
            "Thailand and Cambodia struck a deal for an immediate and unconditional ceasefire.",
            {"thailand", "cambodia"},
            None,
        ),
    ],
)
def test_a_text_signed_for_a_truce_is_the_truces_agreement(read, text, parties, duration):
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert parties <= {a.id for a in found.actors}
    assert found.attributes.get("duration") == duration


def test_a_deal_for_something_else_is_no_truce(read):
    text = "Israel and Hamas signed a historic deal for a hostage exchange on Sunday."
    assert of_type(read(text, MON), "CeasefireAgreed") == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The Colombian government and the leftist guerrilla group, the National Liberation "
            "Army (ELN), on Friday agreed a ceasefire.",
            {"colombia", "eln"},
        ),
        (
            "Israel and the militant group, Hamas, agreed a truce on Sunday.",
            {"israel", "hamas"},
        ),
        (
            "The Sudanese army and the paramilitary group, the Rapid Support Forces, agreed a "
            "truce on Sunday.",
            {"sudan", "rsf"},
        ),
    ],
)
def test_a_partner_described_then_named_in_apposition_is_a_party(read, text, parties):
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert parties <= {a.id for a in found.actors if a.role == "subject"}


@pytest.mark.parametrize(
    "text",
    [
        "The ELN and Colombia agreed a truce on Friday.\nThe ceasefire will be applicable "
        "nationwide and will enter into force on August 3.",
        "Sudan's army and the RSF agreed a truce on Friday.\nThe truce covers all of Darfur and "
        "will take effect on August 3.",
    ],
)
def test_a_truce_said_to_apply_and_take_effect_later_is_dated_by_its_start(read, text):
    found = of_type(read(text, date(2025, 7, 18)), "CeasefireAgreed")
    assert [f.attributes["starts"] for f in found if f.attributes.get("starts")] == [
        date(2025, 8, 3)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine agreed a ceasefire, starting at midnight on the 4th of August.",
        "Sudan's army and the RSF agreed a truce starting at 6 am on Sunday.",
        "Armenia and Azerbaijan agreed a ceasefire, effective at noon local time on Sunday.",
    ],
)
def test_a_truce_starting_at_an_hour_of_a_day_starts_then_and_is_agreed_today(read, text):
    published = date(2024, 7, 30)  # a Tuesday
    (found,) = of_type(read(text, published), "CeasefireAgreed")
    assert found.occurred.start == published
    assert found.attributes.get("starts") == date(2024, 8, 4)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Congo and Rwanda have clashed for years.\nLuanda - The ministerial meeting on peace "
            "in eastern Congo, held on Tuesday in Luanda, agreed a ceasefire.",
            {"democratic_republic_of_congo", "rwanda"},
        ),
        (
            "Sudan's army and the RSF have fought since April.\nThe summit on the crisis in Sudan "
            "agreed a truce on Monday.",
            {"sudan", "rsf"},
        ),
    ],
)
def test_a_gathering_about_a_place_agreeing_a_truce_names_the_articles_sides(read, text, parties):
    (found,) = of_type(read(text, MON), "CeasefireAgreed")
    assert {a.id for a in found.actors if a.role == "subject"} == set()
    assert parties <= {a.id for a in found.actors}

"""Proposals and rounds as entities across reports; sticking points between the sides."""

from __future__ import annotations

import pytest

from projections.facts import condition_issues
from projections.proposals import naming
from tests.projections.readside_fakes import caught_up, d, demand, state, talks


def test_a_plan_is_named_by_its_distinctive_words_and_its_owner_is_read_off_its_name():
    key, name, owners = naming("Israel studied the Egyptian three-stage plan on Sunday.")
    assert key == frozenset({"three-stage"})
    assert name == "egyptian three-stage plan"
    assert owners == ("egypt",)
    assert naming("Mediators floated the bridging proposal in Doha.")[0] == {"bridging"}
    assert naming("They discussed the Paris framework.")[1] == "paris framework"
    key, name, owners = naming("Israel rejected Hamas' ceasefire counterproposal.")
    assert (key, name, owners) == (frozenset(), None, ("hamas",))


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (
            "The RSF said it accepted a humanitarian truce proposed by the Quad countries, the "
            "United States, United Arab Emirates, Saudi Arabia, and Egypt.",
            ("united_states", "united_arab_emirates", "saudi_arabia", "egypt"),
        ),
        ("The M23 accepted a ceasefire brokered by Qatar on Monday.", ("qatar",)),
        (
            "Hamas agreed to a proposal put forward by the United States, Egypt and Qatar.",
            ("united_states", "egypt", "qatar"),
        ),
        (
            "Kyiv accepted a deal drafted by Turkey and the United Nations.",
            ("turkey", "united_nations"),
        ),
    ],
)
def test_a_plan_or_truce_put_forward_by_a_list_of_names_is_theirs(text, owners):
    assert naming(text)[2] == owners


@pytest.mark.parametrize(
    ("text", "verb", "owners", "name"),
    [
        (
            "The first draft of the Doha framework was accepted by Israel last week but answered "
            "by Hamas, whose own plan Israel rejected on Monday.",
            "rejected",
            ("hamas",),
            None,
        ),
        (
            "The first draft of the Doha framework was accepted by Israel last week but answered "
            "by Hamas, whose own plan Israel rejected on Monday.",
            "accepted",
            (),
            "doha framework",
        ),
        (
            "Kyiv welcomed the Istanbul roadmap, while Moscow dismissed the Turkish plan.",
            "dismissed",
            ("turkey",),
            None,
        ),
    ],
)
def test_an_answer_is_to_the_plan_named_nearest_its_verb(text, verb, owners, name):
    _, named, found = naming(text, text.index(verb))
    assert (found, named) == (owners, name)


def test_a_rejection_of_one_sides_own_plan_leaves_its_acceptance_of_the_framework(news):
    text = (
        "The first version of the Jeddah framework, tabled in May, was accepted by the army on "
        "June 1 but countered by the RSF, whose own plan the army rejected on June 4."
    )
    news.publish(
        "2024-06-06",
        dict(
            type="ProposalMade",
            on="2024-05-20",
            subject=["united_states"],
            text="The United States tabled the Jeddah framework on Monday.",
        ),
        dict(type="ProposalAccepted", on="2024-06-01", subject=["sudan"], text=text),
        dict(type="CounterproposalMade", on="2024-06-03", subject=["rsf"]),
        dict(type="ProposalRejected", on="2024-06-04", subject=["sudan"], text=text),
    )
    proposals = state(news, "2024-06-06")["proposals"]
    [jeddah] = [p for p in proposals if p["name"] == "jeddah framework"]
    assert {a: r["response"] for a, r in jeddah["responses"].items()} == {
        "rsf": "countered",
        "sudan": "accepted",
    }
    [own] = [p for p in proposals if p["proposer"] == ["rsf"]]
    assert own["responses"]["sudan"]["response"] == "rejected"


def test_reports_of_one_named_plan_in_several_articles_gather_its_responses(news):
    news.publish(
        "2024-01-29",
        dict(
            type="ProposalMade",
            on="2024-01-28",
            subject=["united_states", "qatar"],
            issues=["temporary_truce"],
            text="Negotiators drew up the Paris framework for a six-week pause on Sunday.",
        ),
    )
    news.publish(
        "2024-02-01",
        dict(
            type="ProposalAccepted",
            on="2024-01-31",
            subject=["israel"],
            text="Israel approved the Paris framework, officials said.",
        ),
    )
    news.publish(
        "2024-02-08",
        dict(
            type="ProposalRejected",
            on="2024-02-07",
            subject=["hamas"],
            text="Hamas turned down the framework agreed in Paris.",
        ),
    )
    proposals = state(news, "2024-02-10")["proposals"]
    [paris] = [p for p in proposals if p["name"] == "paris framework"]
    assert paris["proposer"] == ["united_states", "qatar"]
    assert paris["duration_days"] == 42
    assert paris["source_count"] == 3
    responses = {a: r["response"] for a, r in paris["responses"].items()}
    assert responses == {"israel": "accepted", "hamas": "rejected"}
    assert not any(p["proposal_id"].startswith("~") for p in proposals)


def test_unnamed_rejections_of_one_counterproposal_are_one_proposal_of_its_maker(news):
    text = "Israel rejected Hamas' counterproposal last week."
    news.publish(
        "2024-02-13",
        dict(type="ProposalRejected", on="2024-02-05", subject=["israel"], target=["hamas"]),
        article="x1",
    )
    news.publish(
        "2024-02-14",
        dict(type="ProposalRejected", on="2024-02-05", subject=["israel"], text=text),
        article="x2",
    )
    [proposal] = state(news, "2024-02-14")["proposals"]
    assert proposal["proposer"] == ["hamas"]
    assert proposal["responses"]["israel"]["response"] == "rejected"
    assert proposal["source_count"] == 2


def test_a_counterproposal_is_a_response_to_the_other_sides_plan(news):
    news.publish(
        "2024-05-01",
        dict(type="ProposalMade", on="2024-04-28", subject=["israel"], target=["hamas"]),
        dict(type="CounterproposalMade", on="2024-04-30", subject=["hamas"], target=["israel"]),
    )
    proposals = {p["type"]: p for p in state(news, "2024-05-02")["proposals"]}
    assert proposals["ProposalMade"]["responses"]["hamas"]["response"] == "countered"
    assert proposals["CounterproposalMade"]["proposer"] == ["hamas"]


def test_a_mediators_warning_is_no_side_of_a_sticking_point(news):
    news.publish(
        "2024-04-26",
        talks("2024-04-20", "cairo", ["egypt", "qatar"], ["israel", "hamas"]),
        demand("2024-04-20", "hamas", "humanitarian_aid"),
        dict(type="ThreatIssued", on="2024-04-24", subject=["egypt"], issues=["humanitarian_aid"]),
        dict(type="DemandRejected", on="2024-04-20", subject=["egypt"], issues=["hostage_release"]),
        demand("2024-04-20", "israel", "hostage_release"),
    )
    points = state(news, "2024-04-26")["sticking_points"]
    assert points == []


def test_opposed_stances_of_the_two_sides_make_a_sticking_point_with_its_reports(news):
    news.publish(
        "2024-04-26",
        talks("2024-04-20", "cairo", ["egypt"], ["israel", "hamas"]),
        demand("2024-04-20", "hamas", "troop_withdrawal"),
        dict(
            type="DemandRejected", on="2024-04-21", subject=["israel"], issues=["troop_withdrawal"]
        ),
    )
    [point] = state(news, "2024-04-26")["sticking_points"]
    assert point["issue"] == "troop_withdrawal"
    assert point["reports"] == 2


def test_a_round_is_placed_in_the_city_where_its_delegations_arrived(news):
    news.publish(
        "2023-12-20",
        talks("2023-12-20", None, ["egypt"], ["hamas"]),
        dict(type="DelegationArrived", on="2023-12-20", subject=["hamas"], destination="cairo"),
    )
    answer = state(news, "2023-12-21")
    assert (answer["round"]["venue"], answer["round"]["country"]) == ("cairo", "egypt")


def test_a_recalled_delegation_ends_the_round_and_an_announced_round_is_next(news):
    news.publish(
        "2024-07-10",
        talks("2024-07-08", "doha", ["qatar"], ["israel", "hamas"]),
        dict(type="DelegationRecalled", on="2024-07-10", subject=["israel"]),
        talks("2024-07-20", "cairo", ["egypt"], ["israel"], modality="expected"),
    )
    answer = state(news, "2024-07-11")
    assert answer["round"]["venue"] == "doha"
    assert (answer["round"]["active"], answer["round"]["ending"]) == (False, "recalled")
    assert answer["next_round"]["venue"] == "cairo"
    assert answer["next_round"]["on"] == "2024-07-20"


@pytest.mark.parametrize(
    ("published", "made", "accepted", "extra"),
    [
        pytest.param(
            "2025-10-07",
            dict(on="2025-10-01", subject=["united_states"]),
            dict(
                on="2025-10-06",
                subject=["hamas"],
                text="Hamas said it accepts parts of the plan but wants guarantees.",
            ),
            {},
            id="an acceptance with conditions",
        ),
        pytest.param(
            "2026-03-04",
            dict(on="2026-03-01", subject=["norway"]),
            dict(
                on="2026-03-03",
                subject=["eln"],
                text="The framework was accepted by the government and partly agreed to by the "
                "ELN.",
            ),
            dict(response="with_conditions"),
            id="an acceptance the extractor read as with conditions",
        ),
    ],
)
def test_an_acceptance_with_conditions_is_a_conditional_response(
    news, published, made, accepted, extra
):
    news.publish(
        published,
        dict(type="ProposalMade", **made),
        dict(type="ProposalAccepted", **accepted, **extra),
    )
    [plan] = state(news, published)["proposals"]
    [side] = accepted["subject"]
    assert plan["responses"][side]["response"] == "conditional"


def test_agreeing_to_the_conditions_proposed_by_a_side_answers_that_sides_plan(news):
    news.publish(
        "2024-10-29",
        dict(type="ProposalMade", on="2024-10-27", subject=["egypt"]),
        dict(type="ProposalMade", on="2024-10-28", subject=["qatar"]),
        dict(
            type="ProposalAccepted",
            on="2024-10-28",
            subject=["hamas"],
            text="Hamas is willing to agree to the conditions proposed by Egypt, provided its "
            "demands are met.",
        ),
    )
    plans = state(news, "2024-10-29")["proposals"]
    by = {tuple(p["proposer"]): p["responses"] for p in plans}
    assert by[("egypt",)]["hamas"]["response"] == "conditional"
    assert "hamas" not in by[("qatar",)]


def test_his_proposal_is_the_speakers_own_and_an_agency_counts_as_its_state(news):
    news.publish(
        "2025-05-31",
        dict(
            type="ProposalAccepted",
            on="2025-05-29",
            subject=["israel"],
            text="Israel signed off on the proposal before it was sent to Hamas.",
        ),
        dict(
            type="ProposalRejected",
            on="2025-05-31",
            subject=["cia", "united_states"],
            target=["hamas"],
            text="The envoy rejected the reply to his latest proposal.",
        ),
        dict(type="CounterproposalMade", on="2025-05-31", subject=["hamas"]),
    )
    plans = {p["type"]: p for p in state(news, "2025-06-01")["proposals"]}
    us = plans[None]
    assert us["proposer"] == ["united_states"]
    assert {a: r["response"] for a, r in us["responses"].items()} == {
        "israel": "accepted",
        "hamas": "countered",
    }


def test_a_round_whose_reports_name_no_venue_is_placed_in_the_city_its_sentence_names(news):
    text = "Negotiators began indirect talks in the Egyptian resort of Sharm el-Sheikh on Monday."
    news.publish(
        "2025-10-07",
        dict(type="TalksOpened", on="2025-10-06", subject=["israel", "hamas"], text=text),
    )
    assert state(news, "2025-10-07")["round"]["venue"] == "sharm_el_sheikh"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The second round was held in Qatar\u2019s capital, Doha, on Saturday.", "doha"),
        ("The envoys met in the U.S. capital Washington on Monday for talks.", "washington"),
    ],
)
def test_a_city_named_after_its_countrys_capital_places_a_round_with_no_venue(news, text, city):
    news.publish(
        "2025-04-13",
        dict(type="TalksOpened", on="2025-04-12", subject=["israel", "hamas"], text=text),
    )
    assert state(news, "2025-04-13")["round"]["venue"] == city


def test_a_comma_after_other_words_does_not_place_talks_in_a_capital_named_next(news):
    from projections.negotiation import city_in

    assert city_in("Progress in the talks, Cairo said, was slow.") is None


def test_an_agreement_of_both_sides_placed_in_a_city_reports_a_round_there_that_has_ended(news):
    text = "The truce between the two sides was brokered with Egypt's help in Cairo on Monday."
    news.publish(
        "2024-03-01",
        demand("2024-03-01", "hamas", "permanent_ceasefire"),
        demand("2024-03-01", "israel", "hostage_release"),
    )
    news.publish(
        "2024-03-05",
        dict(type="CeasefireAgreed", on="2024-03-04", participant=["israel", "hamas"], text=text),
    )
    found = state(news, "2024-03-05")["round"]
    assert (found["venue"], found["active"]) == ("cairo", False)


def test_one_side_accepting_a_plan_in_a_city_reports_no_round_there(news):
    text = "Hamas accepted the plan during a visit in Cairo on Monday."
    news.publish(
        "2024-03-01",
        demand("2024-03-01", "hamas", "permanent_ceasefire"),
        demand("2024-03-01", "israel", "hostage_release"),
    )
    news.publish(
        "2024-03-05",
        dict(type="ProposalAccepted", on="2024-03-04", subject=["hamas"], text=text),
    )
    assert state(news, "2024-03-05")["round"] is None


def test_a_mediator_the_data_names_arriving_to_help_end_the_war_places_a_round_there(news):
    yemen = "houthis-saudi_arabia"  # its data names Oman a mediator
    text = "Omani officials arrived in Sanaa as part of regional efforts to end the war."
    news.publish(
        "2023-04-09",
        dict(
            type="DelegationArrived",
            on="2023-04-08",
            subject=["oman"],
            destination="sanaa",
            text=text,
            negotiation=yemen,
        ),
    )
    side = caught_up(news)
    assert side.state(d("2023-04-09"), negotiation=yemen)["round"]["venue"] == "sanaa"


def test_the_latest_days_talks_place_the_round_where_delegations_arrived_that_day(news):
    news.publish("2023-12-19", talks("2023-12-18", "warsaw", ["qatar"], ["israel"]))
    news.publish(
        "2023-12-20",
        dict(type="TalksOpened", on="2023-12-20", subject=["hamas"], mediator=["egypt"]),
        dict(type="DelegationArrived", on="2023-12-20", subject=["hamas"], destination="cairo"),
    )
    assert state(news, "2023-12-21")["round"]["venue"] == "cairo"


def test_a_plan_answered_as_a_persons_is_that_persons_states_not_the_responders(news):
    news.publish(
        "2025-05-28",
        dict(
            type="ProposalAccepted",
            on="2025-05-27",
            subject=["israel"],
            text="As Witkoff told reporters, Israel has signed up to his framework.",
        ),
    )
    news.publish(
        "2025-05-30",
        dict(type="ProposalMade", on="2025-05-29", subject=["united_states"]),
    )
    plans = state(news, "2025-05-30")["proposals"]
    assert [(p["proposer"], list(p["responses"])) for p in plans] == [
        (["united_states"], ["israel"])
    ]


def test_a_plan_is_put_forward_before_it_is_answered_on_the_same_day(news):
    news.publish(
        "2025-09-29",
        dict(type="ProposalAccepted", on="2025-09-29", subject=["israel"], text="Israel backs it."),
        dict(type="ProposalMade", on="2025-09-29", subject=["united_states"]),
    )
    news.publish("2025-09-11", dict(type="ProposalMade", on="2025-09-10", subject=["qatar"]))
    plans = {p["proposer"][0]: p for p in state(news, "2025-09-30")["proposals"]}
    assert plans["united_states"]["responses"]["israel"]["response"] == "accepted"
    assert plans["qatar"]["responses"] == {}


def test_rejecting_one_sides_reply_to_a_plan_answers_that_reply(news):
    news.publish(
        "2025-05-30", dict(type="ProposalMade", on="2025-05-29", subject=["united_states"])
    )
    news.publish(
        "2025-06-01",
        dict(
            type="ProposalRejected",
            on="2025-05-31",
            subject=["united_states"],
            text="The US envoy called Hamas' response to the American proposal unacceptable.",
        ),
        dict(type="CounterproposalMade", on="2025-05-31", subject=["hamas"]),
    )
    plans = state(news, "2025-06-01")["proposals"]
    replies = [p for p in plans if p["proposer"] == ["hamas"]]
    assert [r["responses"]["united_states"]["response"] for r in replies] == ["rejected"]
    us = next(p for p in plans if p["proposer"] == ["united_states"])
    assert {a: r["response"] for a, r in us["responses"].items()} == {"hamas": "countered"}


def test_a_reply_answered_before_it_was_reported_is_the_repliers_counterproposal(news):
    news.publish(
        "2025-05-30",
        dict(type="ProposalAccepted", on="2025-05-29", subject=["israel"], text="Israel agreed."),
    )
    news.publish(
        "2025-06-01",
        dict(
            type="ProposalRejected",
            on="2025-05-31",
            subject=["united_states"],
            text="The envoy turned down Hamas's reply to his latest proposal.",
        ),
    )
    plans = {p["proposer"][0]: p for p in state(news, "2025-06-01")["proposals"]}
    assert {a: r["response"] for a, r in plans["united_states"]["responses"].items()} == {
        "israel": "accepted",
        "hamas": "countered",
    }
    assert plans["hamas"]["responses"]["united_states"]["response"] == "rejected"


def test_the_name_the_extractor_read_says_whose_an_unnamed_plan_is(news):
    news.publish("2024-05-05", dict(type="ProposalMade", on="2024-05-04", subject=["egypt"]))
    news.publish("2024-05-05", dict(type="ProposalMade", on="2024-05-05", subject=["qatar"]))
    news.publish("2024-05-03", dict(type="ProposalMade", on="2024-05-02", subject=["hamas"]))
    news.publish(
        "2024-05-07",
        dict(
            type="ProposalAccepted",
            on="2024-05-06",
            subject=["israel"],
            text="Israel said yes to it.",
            proposal_name="egypt ceasefire proposal",
        ),
    )
    plans = {p["proposer"][0]: p for p in state(news, "2024-05-07")["proposals"]}
    assert list(plans["egypt"]["responses"]) == ["israel"]
    assert plans["qatar"]["responses"] == {}


def sides_of_the_talks() -> tuple[dict, ...]:
    """Demands that make Israel and Hamas the two sides (and Qatar, Egypt the mediators)."""
    return (
        demand("2024-02-01", "hamas", "troop_withdrawal"),
        demand("2024-02-01", "israel", "hostage_release"),
    )


def test_delegations_of_the_sides_arriving_in_a_city_for_talks_place_a_new_round_there(news):
    news.publish(
        "2024-02-24",
        *sides_of_the_talks(),
        talks("2024-02-23", "paris", ["qatar", "egypt"], ["israel"]),
    )
    news.publish(
        "2024-03-04",
        dict(
            type="DelegationArrived",
            on="2024-03-03",
            subject=["hamas", "qatar"],
            destination="cairo",
            location="cairo",
            text="Delegations of the group and Qatar arrived in Cairo on Sunday for truce talks.",
        ),
    )
    found = state(news, "2024-03-04")["round"]
    assert (found["venue"], found["opened"], found["active"]) == ("cairo", "2024-03-03", True)
    assert "hamas" in found["participants"]


def test_a_visit_of_an_outsider_or_one_only_expected_opens_no_round(news):
    news.publish(
        "2024-02-24",
        *sides_of_the_talks(),
        talks("2024-02-23", "paris", ["qatar", "egypt"], ["israel"]),
    )
    news.publish(
        "2024-03-04",
        dict(
            type="DelegationArrived",
            on="2024-03-03",
            subject=["turkey"],
            destination="cairo",
            text="The Turkish president arrived in Cairo for a visit on the truce talks.",
        ),
        dict(
            type="DelegationArrived",
            on="2024-03-05",
            subject=["hamas"],
            destination="cairo",
            modality="expected",
            text="A delegation of the group is expected in Cairo on Tuesday for talks.",
        ),
    )
    assert state(news, "2024-03-04")["round"]["venue"] == "paris"


def test_a_round_reported_only_in_a_country_is_placed_in_the_city_its_talks_were_last_held_in(
    news,
):
    news.publish("2024-03-19", *sides_of_the_talks(), talks("2024-03-18", "doha", ["qatar"]))
    news.publish("2024-07-09", talks("2024-07-08", "qatar", ["qatar"], ["israel", "hamas"]))
    found = state(news, "2024-07-09")["round"]
    assert (found["venue"], found["country"], found["opened"]) == ("doha", "qatar", "2024-07-08")


def test_a_round_placed_only_in_a_country_no_city_of_which_held_talks_is_in_its_capital(news):
    news.publish("2024-07-09", *sides_of_the_talks(), talks("2024-07-08", "qatar", ["qatar"]))
    found = state(news, "2024-07-09")["round"]
    assert (found["venue"], found["country"]) == ("doha", "qatar")


def test_delegations_arriving_in_another_city_of_the_country_place_the_round_there_not_the_capital(
    news,
):
    news.publish(
        "2023-05-07",
        *sides_of_the_talks(),
        talks("2023-05-06", "saudi_arabia", ["saudi_arabia"], ["israel", "hamas"]),
        dict(
            type="DelegationArrived",
            on="2023-05-06",
            subject=["hamas"],
            destination="jeddah",
            text="The delegation arrived in Jeddah for the talks.",
        ),
    )
    assert state(news, "2023-05-07")["round"]["venue"] == "jeddah"


def test_a_round_no_report_places_is_placed_at_its_reports_dateline_unless_a_sides_city(news):
    news.publish("2024-07-01", *sides_of_the_talks())
    lead = "DOHA, July 8 (Wire) - Negotiators resumed indirect talks on Monday, officials said."
    news.publish(
        "2024-07-09",
        dict(type="TalksOpened", on="2024-07-08", subject=["israel", "hamas"], text=lead),
    )
    assert state(news, "2024-07-09")["round"]["venue"] == "doha"
    home = "TEL AVIV, Sept 2 (Wire) - Negotiators resumed indirect talks on Monday."
    news.publish(
        "2024-09-03",
        dict(type="TalksOpened", on="2024-09-02", subject=["israel", "hamas"], text=home),
    )
    assert state(news, "2024-09-03")["round"]["venue"] is None


def test_rejecting_someones_demand_says_what_they_demand(news):
    news.publish(
        "2024-05-06",
        *sides_of_the_talks(),
        dict(
            type="DemandRejected",
            on="2024-05-05",
            subject=["israel"],
            target=["hamas"],
            issues=["permanent_ceasefire"],
            text="Israel rejected the group's demand for a permanent ceasefire.",
        ),
        dict(
            type="ProposalRejected",
            on="2024-05-05",
            subject=["israel"],
            target=["hamas"],
            issues=["end_of_war"],
            text="Israel turned the plan down: Hamas's call for an end to the war is unacceptable.",
        ),
        dict(
            type="ProposalRejected",
            on="2024-05-05",
            subject=["hamas"],
            target=["egypt"],
            issues=["security_presence"],
            text="Hamas rejected the Egyptian plan over a security presence.",
        ),
    )
    side = caught_up(news)
    held = {
        (p["actor"], p["issue"]): p["stance"]
        for p in side.positions(None, d("2024-05-06"))["positions"]
    }
    assert held[("hamas", "permanent_ceasefire")] == "demands"
    assert held[("hamas", "end_of_war")] == "demands"
    assert held[("israel", "permanent_ceasefire")] == "rejects"
    assert ("egypt", "security_presence") not in held
    issues = {p["issue"] for p in side.state(d("2024-05-06"))["sticking_points"]}
    assert {"permanent_ceasefire", "end_of_war"} <= issues


def test_a_condition_names_the_issues_of_any_conflict():
    assert condition_issues("as long as sanctions are lifted") == ("sanctions",)
    assert condition_issues("if security guarantees are provided") == ("security_guarantees",)
    assert condition_issues("only if Donbas stays Ukrainian", "russia-ukraine") == ("territory",)


def test_a_delegation_leaving_a_city_after_talks_places_a_round_there_that_has_ended(news):
    news.publish("2024-03-19", *sides_of_the_talks(), talks("2024-03-18", "doha", ["qatar"]))
    news.publish(
        "2024-04-30",
        dict(
            type="TalksConcluded",
            on="2024-04-29",
            subject=["hamas"],
            location="cairo",
            outcome="unknown",
            text="The Hamas delegation left Cairo after two days of talks on the truce offer.",
        ),
    )
    found = state(news, "2024-05-02")["round"]
    assert (found["venue"], found["active"], found["ending"]) == ("cairo", False, "concluded")


def test_consultations_ended_about_talks_to_come_elsewhere_place_no_round_there(news):
    news.publish(
        "2024-08-11", *sides_of_the_talks(), talks("2024-08-10", "jeddah", ["saudi_arabia"])
    )
    news.publish(
        "2024-08-12",
        dict(
            type="TalksConcluded",
            on="2024-08-11",
            subject=["hamas"],
            location="geneva",
            outcome="unknown",
            text="The group concluded consultations about the upcoming talks in Geneva.",
        ),
    )
    assert state(news, "2024-08-12")["round"]["venue"] == "jeddah"


def test_a_delegation_heading_to_a_city_its_sentence_names_places_the_round_there(news):
    news.publish("2025-10-07", *sides_of_the_talks())
    news.publish(
        "2025-10-08",
        dict(
            type="TalksOpened",
            on="2025-10-08",
            subject=["united_states"],
            participant=["israel", "hamas"],
            text="Senior US officials joined the third day of talks in an Egyptian resort.",
        ),
        dict(
            type="DelegationArrived",
            on="2025-10-08",
            subject=["qatar"],
            text="Qatar's prime minister was heading to the coastal city of Sharm el-Sheikh "
            "to join the talks.",
        ),
    )
    assert state(news, "2025-10-08")["round"]["venue"] == "sharm_el_sheikh"


def test_a_meeting_of_an_organisations_body_no_side_attends_is_no_round_of_the_talks(news):
    # the last round, weeks before the meeting, stays the last round
    news.publish("2025-01-21", *sides_of_the_talks(), talks("2025-01-20", "cairo", ["egypt"]))
    news.publish(
        "2025-03-09",
        dict(
            type="TalksOpened",
            on="2025-03-08",
            subject=["egypt"],
            location="jeddah",
            venue="jeddah",
            text="The foreign minister attended an emergency meeting of the Council of Foreign "
            "Ministers of the member states of a regional organisation in Jeddah.",
        ),
    )
    assert state(news, "2025-03-09")["round"]["venue"] == "cairo"


def test_a_mediator_arranging_the_next_round_with_one_side_is_no_round(news):
    news.publish("2025-01-21", *sides_of_the_talks(), talks("2025-01-20", "cairo", ["egypt"]))
    news.publish(
        "2025-01-27",
        talks(
            "2025-01-26",
            "doha",
            ["qatar"],
            ["hamas"],
            text="Hamas's political chief and Qatar's foreign minister met in Doha on Sunday "
            "to finalise the arrangements for the next round of negotiations.",
        ),
    )
    assert state(news, "2025-01-27")["round"]["venue"] == "cairo"


def test_both_sides_meeting_to_prepare_a_round_still_meet(news):
    news.publish("2025-01-21", *sides_of_the_talks(), talks("2025-01-20", "cairo", ["egypt"]))
    news.publish(
        "2025-01-27",
        talks(
            "2025-01-26",
            "doha",
            ["qatar"],
            ["hamas", "israel"],
            text="Israeli and Hamas negotiators met in Doha on Sunday to prepare for the next "
            "round.",
        ),
    )
    assert state(news, "2025-01-27")["round"]["venue"] == "doha"


def test_talks_said_to_be_here_are_in_the_city_of_their_articles_dateline(news):
    news.publish("2025-08-01", *sides_of_the_talks())
    lead = "KUALA LUMPUR, Aug 4 (Wire) - Both sides voiced a commitment to end the dispute."
    news.publish(
        "2025-08-04",
        dict(type="StatementIssued", on="2025-08-04", subject=["israel"], text=lead),
        dict(
            type="TalksOpened",
            on="2025-08-04",
            subject=["hamas"],
            text="He spoke to reporters after meeting both delegations here today.",
        ),
        article="lead-article",
    )
    assert state(news, "2025-08-04")["round"]["venue"] == "kuala_lumpur"
    news.publish(
        "2025-09-02",
        dict(type="StatementIssued", on="2025-09-02", subject=["israel"], text=lead),
        dict(
            type="TalksOpened",
            on="2025-09-02",
            subject=["hamas"],
            text="Officials said the talks would go on through the week.",
        ),
    )
    assert state(news, "2025-09-02")["round"]["venue"] is None


def test_a_round_no_report_places_is_in_the_dateline_city_of_a_mediators_country(news):
    # A mediator hosting the talks reports them from home ('CAIRO - ... the opening of the
    # meeting'); a dateline in nobody's country is a wire desk, and places nothing.
    news.publish("2024-07-01", *sides_of_the_talks())
    for on, lead, venue in [
        (
            "2024-07-08",
            "CAIRO, July 8 (Wire) - Egypt's foreign minister welcomed both sides.",
            "cairo",
        ),
        ("2024-09-02", "LONDON, Sept 2 (Wire) - The minister welcomed both sides.", None),
    ]:
        news.publish(
            on,
            dict(type="StatementIssued", on=on, subject=["egypt"], text=lead),
            dict(
                type="TalksOpened",
                on=on,
                subject=["israel", "hamas"],
                mediator=["egypt"],
                text="He spoke at the opening of the ministerial meeting on the crisis.",
            ),
            article=f"filed-{on}",
        )
        assert state(news, on)["round"]["venue"] == venue


def test_a_plan_a_side_agreed_to_together_with_another_leader_is_that_leaders_states(news):
    news.publish(
        "2025-09-10",
        dict(type="ProposalMade", on="2025-09-10", subject=["qatar"], text="Qatar made an offer."),
    )
    news.publish(
        "2025-09-29",
        dict(
            type="ProposalAccepted",
            on="2025-09-29",
            subject=["israel"],
            text="President Donald Trump and Prime Minister Benjamin Netanyahu said on Monday "
            "they have agreed to a plan to end the war.",
        ),
    )
    plans = state(news, "2025-09-30")["proposals"]
    answered = [p for p in plans if p["responses"]]
    assert [(p["proposer"], list(p["responses"])) for p in answered] == [
        (["united_states"], ["israel"])
    ]


def test_an_invitation_to_talks_is_a_plan_of_whom_it_names_answered_by_both_sides(news):
    news.publish(
        "2024-07-26",
        dict(
            type="ProposalAccepted",
            on="2024-07-24",
            subject=["hamas"],
            text="The group accepted the US invitation to the talks a day after it was made.",
        ),
    )
    news.publish(
        "2024-07-31",
        dict(
            type="ProposalAccepted",
            on="2024-07-30",
            subject=["israel"],
            text="The government said it had accepted an invitation to attend the talks.",
        ),
    )
    plans = state(news, "2024-07-31")["proposals"]
    assert [(p["proposer"], sorted(p["responses"])) for p in plans] == [
        (["united_states"], ["hamas", "israel"])
    ]


def test_a_plan_answered_with_no_report_saying_whose_is_shown_as_the_mediators(news):
    news.publish(
        "2026-05-12",
        talks("2026-05-10", "muscat", ["oman"], ["houthis"]),
        dict(
            type="ProposalAccepted",
            on="2026-05-12",
            subject=["houthis"],
            text="The Houthis said they had accepted a proposed prisoner swap.",
        ),
    )
    [plan] = state(news, "2026-05-13")["proposals"]
    assert plan["proposer"] == ["oman"] and plan["proposer_inferred"] is True
    assert plan["proposal_id"] == "unknown proposal of 2026-05-12"  # its key does not move


def test_a_plan_whose_maker_a_report_names_is_never_inferred(news):
    news.publish(
        "2026-05-12",
        talks("2026-05-10", "muscat", ["oman"], ["houthis"]),
        dict(type="ProposalMade", on="2026-05-11", subject=["saudi_arabia"]),
        dict(type="ProposalAccepted", on="2026-05-12", subject=["houthis"]),
    )
    [plan] = state(news, "2026-05-13")["proposals"]
    assert plan["proposer"] == ["saudi_arabia"] and plan["proposer_inferred"] is False


def test_answers_of_both_sides_to_a_plan_no_report_says_whose_are_of_one_plan(news):
    news.publish(
        "2026-06-02",
        dict(type="ProposalAccepted", on="2026-06-01", subject=["armenia"]),
    )
    news.publish(
        "2026-06-05",
        dict(type="ProposalRejected", on="2026-06-04", subject=["azerbaijan"]),
    )
    [plan] = state(news, "2026-06-06")["proposals"]
    responses = {a: r["response"] for a, r in plan["responses"].items()}
    assert responses == {"armenia": "accepted", "azerbaijan": "rejected"}


def test_a_sides_second_answer_to_no_ones_plan_is_another_plan(news):
    news.publish("2026-06-02", dict(type="ProposalAccepted", on="2026-06-01", subject=["armenia"]))
    news.publish("2026-06-20", dict(type="ProposalAccepted", on="2026-06-19", subject=["armenia"]))
    assert len(state(news, "2026-06-21")["proposals"]) == 2


@pytest.mark.parametrize(
    ("text", "subject", "venue"),
    [
        (
            "Congo and the rebels signed a declaration of principles in Qatar on Saturday.",
            ["democratic_republic_of_congo", "m23"],
            "doha",
        ),
        (
            "The two leaders signed at the White House a joint declaration on Friday.",
            ["armenia", "azerbaijan"],
            "washington",
        ),
    ],
)
def test_a_deal_both_sides_signed_in_a_mediators_country_reports_a_round_in_its_capital(
    news, text, subject, venue
):
    pair = "-".join(sorted(subject)) if "m23" in subject else "armenia-azerbaijan"
    news.publish(
        "2025-07-20",
        dict(
            type="ProposalAccepted",
            on="2025-07-19",
            subject=subject,
            rule="agreement.mutual" if "m23" in subject else "proposal.accept",
            text=text,
            negotiation=pair,
        ),
    )
    side = caught_up(news)
    found = side.state(d("2025-07-20"), negotiation=pair)["round"]
    assert (found["venue"], found["active"]) == (venue, False)


def test_a_truce_in_the_country_at_war_places_no_round_there(news):
    text = "The Houthis and Saudi Arabia agreed to a truce in Yemen on Saturday."
    yemen = "houthis-saudi_arabia"
    news.publish(
        "2023-04-09",
        dict(
            type="CeasefireAgreed",
            on="2023-04-08",
            subject=["houthis", "saudi_arabia"],
            text=text,
            negotiation=yemen,
        ),
    )
    side = caught_up(news)
    assert side.state(d("2023-04-09"), negotiation=yemen)["round"] is None


def test_a_round_no_report_places_is_placed_where_another_sentence_of_its_article_puts_the_talks(
    news,
):
    pair = "unitary_platform-venezuela"
    news.publish(
        "2022-11-24",
        dict(
            type="TalksOpened",
            on="2022-11-26",
            subject=["venezuela", "unitary_platform"],
            modality="expected",
            text="The government and the opposition will resume talks on Saturday.",
            negotiation=pair,
        ),
        dict(
            type="StatementIssued",
            on="2022-11-24",
            subject=["norway"],
            text="Norway, which is facilitating the discussions in Mexico, said on Thursday.",
            negotiation=pair,
        ),
    )
    side = caught_up(news)
    assert side.state(d("2022-11-26"), negotiation=pair)["round"]["venue"] == "mexico_city"


def test_a_country_is_read_as_written_not_from_a_lowercase_word():
    from projections.negotiation import country_in

    assert country_in("There is no trust in us, the envoy said.") is None
    assert country_in("They met in the United States on Monday.") == "united_states"


@pytest.mark.parametrize(
    ("maker", "subjects", "text"),
    [
        (
            "united_states",
            ["united_states", "israel"],
            "Trump met Netanyahu and said the two leaders had agreed on a plan to end the war.",
        ),
        (
            "turkey",
            ["turkey", "azerbaijan"],
            "Erdogan and Aliyev said on Monday they had agreed on a plan for a border settlement.",
        ),
    ],
)
def test_a_plan_its_maker_agreed_on_together_with_a_side_is_the_makers_answered_by_the_side(
    news, maker, subjects, text
):
    news.publish(
        "2025-09-10",
        dict(type="ProposalMade", on="2025-09-10", subject=["qatar"], text="Qatar made an offer."),
    )
    news.publish(
        "2025-09-29",
        dict(type="ProposalMade", on="2025-09-29", subject=[maker], text="A plan was laid out."),
        dict(type="ProposalAccepted", on="2025-09-29", subject=subjects, text=text),
    )
    plans = state(news, "2025-09-30")["proposals"]
    answered = [(p["proposer"], sorted(p["responses"])) for p in plans if p["responses"]]
    side = [s for s in subjects if s != maker]
    assert answered == [([maker], side)]


@pytest.mark.parametrize(
    ("told", "mediators", "text"),
    [
        (
            "hamas",
            ["egypt", "qatar"],
            "The group's leader informed Qatari and Egyptian mediators that it accepted their "
            "ceasefire proposal.",
        ),
        (
            "m23",
            ["qatar"],
            "The rebels told Qatari officials that they accepted their proposal for a truce.",
        ),
    ],
)
def test_an_answer_told_to_mediators_about_their_plan_answers_the_mediators_plan(
    news, told, mediators, text
):
    news.publish(
        "2024-04-27",
        dict(type="ProposalMade", on="2024-04-26", subject=[mediators[0]], text="An offer."),
        dict(type="ProposalMade", on="2024-04-27", subject=[told], text="Its own plan."),
    )
    news.publish(
        "2024-05-06", dict(type="ProposalAccepted", on="2024-05-06", subject=[told], text=text)
    )
    plans = state(news, "2024-05-07")["proposals"]
    answered = [(p["proposer"], p["responses"]) for p in plans if p["responses"]]
    assert [(who, {a: r["response"] for a, r in got.items()}) for who, got in answered] == [
        ([mediators[0]], {told: "accepted"})
    ]


def test_parts_of_a_place_in_an_acceptance_are_no_condition(news):
    news.publish(
        "2024-05-06",
        dict(
            type="ProposalAccepted",
            on="2024-05-06",
            subject=["hamas"],
            text="Hamas agreed to a ceasefire proposal on Monday, hours after the army told "
            "residents to leave parts of Rafah.",
        ),
        dict(
            type="ProposalAccepted",
            on="2024-05-06",
            subject=["rsf"],
            text="The RSF accepted parts of the Saudi plan, its commander said.",
        ),
    )
    responses = {
        a: r["response"]
        for p in state(news, "2024-05-07")["proposals"]
        for a, r in p["responses"].items()
    }
    assert responses == {"hamas": "accepted", "rsf": "conditional"}


@pytest.mark.parametrize(
    ("maker", "bearer", "text"),
    [
        (
            "israel",
            "egypt",
            "Egypt has presented a new Israeli proposal for a ceasefire in Gaza to Hamas.",
        ),
        (
            "russia",
            "turkey",
            "Turkey handed the Russian plan for a Black Sea truce to the Ukrainian delegation.",
        ),
    ],
)
def test_a_plan_presented_by_a_go_between_is_the_plan_of_whom_its_name_says(
    news, maker, bearer, text
):
    news.publish(
        "2025-04-14", dict(type="ProposalMade", on="2025-04-14", subject=[bearer], text=text)
    )
    [plan] = state(news, "2025-04-14")["proposals"]
    assert plan["proposer"] == [maker]


@pytest.mark.parametrize(
    ("held", "next_at", "sides"),
    [
        ("rome", "muscat", ["iran", "united_states"]),
        ("istanbul", "geneva", ["russia", "ukraine"]),
        ("jeddah", "manama", ["sudan", "rsf"]),
    ],
)
def test_a_next_round_due_in_the_coming_days_leaves_the_venue_of_the_round_held_that_day(
    news, held, next_at, sides
):
    news.publish(
        "2025-04-19",
        dict(type="TalksOpened", on="2025-04-19", subject=sides, location=held),
        dict(
            type="TalksOpened",
            on="2025-04-19",
            until="2025-04-26",
            participant=sides,
            location=next_at,
            modality="expected",
        ),
    )
    assert state(news, "2025-04-19")["round"]["venue"] == held


@pytest.mark.parametrize(
    "text",
    [
        "The Azerbaijani envoy called the Armenian response unacceptable.",
        "Baku dismissed the Armenian reply as a stalling tactic.",
    ],
)
def test_the_other_sides_response_called_unacceptable_answers_that_reply(news, text):
    news.publish("2025-03-02", dict(type="ProposalMade", on="2025-03-01", subject=["azerbaijan"]))
    news.publish(
        "2025-03-06",
        dict(type="ProposalRejected", on="2025-03-05", subject=["azerbaijan"], text=text),
    )
    plans = {p["proposer"][0]: p for p in state(news, "2025-03-06")["proposals"]}
    assert plans["azerbaijan"]["responses"]["armenia"]["response"] == "countered"
    assert plans["armenia"]["responses"]["azerbaijan"]["response"] == "rejected"


def test_a_plan_announced_by_a_leader_is_his_states_not_the_last_plan_made(news):
    news.publish(
        "2024-05-02",
        dict(type="ProposalMade", on="2024-05-01", subject=["ukraine"], text="Kyiv made a plan."),
    )
    news.publish(
        "2024-05-06",
        dict(
            type="ProposalAccepted",
            on="2024-05-05",
            subject=["united_nations"],
            text="The UN backed a truce proposal announced by President Erdogan on Friday.",
        ),
    )
    plans = state(news, "2024-05-06")["proposals"]
    [answered] = [p for p in plans if "united_nations" in p["responses"]]
    assert answered["proposer"] == ["turkey"]


def test_an_answer_naming_an_owner_takes_its_plan_before_one_no_report_said_whose(news):
    news.publish(
        "2025-02-02",
        dict(type="ProposalMade", on="2025-02-01", subject=["ukraine"], text="Kyiv made a plan."),
    )
    news.publish(
        "2025-02-05",
        dict(
            type="ProposalRejected",
            on="2025-02-04",
            subject=["ukraine"],
            text="Kyiv rejected a truce deal floated on Tuesday.",
        ),
        dict(
            type="ProposalAccepted",
            on="2025-02-05",
            subject=["russia"],
            text="Moscow accepted the Ukrainian proposal.",
        ),
    )
    plans = state(news, "2025-02-05")["proposals"]
    own = next(p for p in plans if p["proposer"] == ["ukraine"])
    assert own["responses"]["russia"]["response"] == "accepted"
    assert own["made"] == "2025-02-01"


def test_a_counterproposal_first_reported_as_rejected_counters_the_other_sides_plan(news):
    news.publish(
        "2024-03-02",
        dict(type="ProposalMade", on="2024-03-01", subject=["sudan"], text="The army made a plan."),
    )
    news.publish(
        "2024-03-08",
        dict(
            type="ProposalRejected",
            on="2024-03-07",
            subject=["sudan"],
            text="The army dismissed the RSF counterproposal as a ploy.",
        ),
    )
    plans = {p["proposer"][0]: p for p in state(news, "2024-03-08")["proposals"]}
    assert plans["sudan"]["responses"]["rsf"]["response"] == "countered"
    assert plans["rsf"]["responses"]["sudan"]["response"] == "rejected"


def test_a_team_withdrawn_from_talks_in_a_city_tells_the_rounds_venue(news):
    news.publish(
        "2025-07-25",
        demand("2025-07-01", "hamas", "permanent_ceasefire"),
        demand("2025-07-02", "israel", "hostage_release"),
        dict(
            type="DelegationRecalled",
            on="2025-07-24",
            subject=["israel", "united_states"],
            location="doha",
        ),
    )
    answer = state(news, "2025-07-24")
    assert answer["round"]["venue"] == "doha"
    assert (answer["round"]["active"], answer["round"]["ending"]) == (False, "recalled")


def test_a_pictures_place_closing_a_caption_is_not_where_a_deal_was_reached(news):
    news.publish(
        "2025-01-15",
        talks("2025-01-13", "doha", ["qatar"], ["israel", "hamas"]),
        dict(
            type="CeasefireAgreed",
            on="2025-01-15",
            subject=["israel", "hamas"],
            text="Biden speaks after negotiators reached a ceasefire deal between Israel and "
            "Hamas, in Washington, Jan. 15, 2025.",
        ),
    )
    assert state(news, "2025-01-15")["round"]["venue"] == "doha"


def test_teams_hammering_out_details_somewhere_place_the_round_there(news):
    news.publish(
        "2024-02-27",
        demand("2024-02-01", "hamas", "permanent_ceasefire"),
        dict(
            type="DelegationArrived",
            on="2024-02-26",
            until="2024-02-27",
            subject=["israel", "hamas"],
            destination="doha",
            text="Both sides have delegations in Doha this week hammering out details.",
        ),
    )
    assert state(news, "2024-02-27")["round"]["venue"] == "doha"

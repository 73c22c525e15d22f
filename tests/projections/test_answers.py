"""What the read models answer, on hand-made events in memory."""

from __future__ import annotations

from tests.projections.readside_fakes import caught_up, d, demand, state, talks

# Status and round


def test_nothing_reported_means_talks_have_not_started(news):
    news.publish("2024-01-01", demand("2024-01-01", "hamas", "permanent_ceasefire"))
    answer = state(news, "2024-01-02")
    assert answer["status"] == "not_started"
    assert answer["round"] is None


def test_a_round_opened_days_ago_is_active_with_its_mediators_and_participants(news):
    news.publish(
        "2024-02-13",
        talks("2024-02-13", "cairo", ["egypt", "qatar"], ["israel"]),
        dict(type="DelegationArrived", on="2024-02-14", subject=["hamas"], destination="cairo"),
    )
    news.publish("2024-02-14", talks("2024-02-13", "cairo", ["united_states"], ["egypt"]))
    answer = state(news, "2024-02-14")
    assert answer["status"] == "active"
    assert answer["round"]["venue"] == "cairo"
    assert answer["round"]["opened"] == "2024-02-13"
    assert answer["round"]["mediators"] == ["egypt", "qatar", "united_states"]
    # A mediator is not listed as a participant; an arrival at the venue joins the round.
    assert answer["round"]["participants"] == ["hamas", "israel"]
    assert len(answer["round"]["sources"]) == 3


def test_a_round_with_no_news_for_weeks_has_stalled(news):
    news.publish("2024-02-13", talks("2024-02-13", "cairo", ["egypt"], ["israel"]))
    assert state(news, "2024-02-20")["status"] == "active"
    assert state(news, "2024-03-20")["status"] == "stalled"


def test_a_day_without_progress_does_not_end_a_round_scheduled_to_go_on(news):
    news.publish(
        "2024-02-14",
        talks("2024-02-13", "cairo", ["egypt"], ["israel"], expected_end="2024-02-16"),
        dict(type="TalksConcluded", on="2024-02-13", location="cairo", outcome="no_progress"),
    )
    assert state(news, "2024-02-14")["status"] == "active"
    after = state(news, "2024-02-17")
    assert after["status"] == "stalled"
    assert after["round"]["outcome"] == "no_progress"


def test_talks_that_collapse_leave_the_negotiation_collapsed_until_a_new_round(news):
    news.publish(
        "2024-03-01",
        talks("2024-02-25", "doha", ["qatar"], ["israel", "hamas"]),
        dict(type="TalksConcluded", on="2024-03-01", location="doha", outcome="collapsed"),
    )
    assert state(news, "2024-03-02")["status"] == "collapsed"
    news.publish("2024-04-01", talks("2024-04-01", "cairo", ["egypt"], ["israel"]))
    assert state(news, "2024-04-02")["status"] == "active"


def test_a_truce_in_force_is_an_agreement_and_expires_after_its_duration(news):
    news.publish(
        "2023-11-24",
        dict(
            type="CeasefireAgreed",
            on="2023-11-24",
            subject=["israel", "hamas"],
            duration="four-day",
            text="A four-day truce began on Friday.",
        ),
    )
    during = state(news, "2023-11-26")
    assert (during["status"], during["truce"]["status"]) == ("agreement", "in_force")
    assert during["truce"]["until"] == "2023-11-28"
    assert state(news, "2023-12-05")["truce"]["status"] == "expired"
    news.publish("2023-12-01", dict(type="CeasefireCollapsed", on="2023-12-01"))
    assert state(news, "2023-12-02")["truce"]["status"] == "collapsed"
    assert state(news, "2023-12-02")["status"] == "collapsed"


def test_an_expected_event_after_the_date_shows_as_expected_not_as_happened(news):
    news.publish(
        "2024-02-10",
        talks("2024-02-13", "cairo", ["egypt"], ["israel"], modality="expected"),
    )
    before = state(news, "2024-02-11")
    assert before["round"] is None
    assert [e["type"] for e in before["expected"]] == ["TalksOpened"]
    assert state(news, "2024-02-13")["round"]["modality"] == "expected"
    assert state(news, "2024-02-13")["expected"] == []


# The two time axes


def test_known_as_of_uses_only_what_had_been_published_by_then(news):
    news.publish("2024-02-13", talks("2024-02-13", "cairo", ["egypt"], ["israel"]))
    news.publish("2024-02-20", talks("2024-02-13", "cairo", ["qatar"], ["israel"]))
    everything = state(news, "2024-02-14")
    known = state(news, "2024-02-14", known_as_of=d("2024-02-13"))
    assert everything["round"]["mediators"] == ["egypt", "qatar"]
    assert known["round"]["mediators"] == ["egypt"]
    assert known["known_as_of"] == "2024-02-13"


def test_an_article_about_an_older_event_ingested_late_corrects_earlier_answers(news):
    news.publish("2024-02-14", demand("2024-02-14", "hamas", "permanent_ceasefire"))
    side = caught_up(news)
    assert side.positions("hamas", d("2024-01-10"))["positions"] == []
    news.publish("2024-05-01", demand("2024-01-05", "hamas", "permanent_ceasefire"))
    side.catch_up()
    [held] = side.positions("hamas", d("2024-01-10"))["positions"]
    assert (held["stance"], held["since"]) == ("demands", "2024-01-05")
    # What had been published by February still knew nothing of it.
    assert side.positions("hamas", d("2024-01-10"), known_as_of=d("2024-02-14"))["positions"] == []


# Positions, proposals, sticking points


def test_stances_follow_the_documented_mapping(news):
    news.publish(
        "2024-02-01",
        demand("2024-02-01", "hamas", "permanent_ceasefire"),
        demand("2024-02-01", "hamas", "hostage_release", condition="unless the attacks stop"),
        dict(type="DemandRejected", on="2024-02-01", subject=["israel"], issues=["end_of_war"]),
        dict(type="ThreatIssued", on="2024-02-01", subject=["egypt"], issues=["rafah_offensive"]),
        dict(type="ProposalMade", on="2024-02-01", subject=["qatar"], terms=["temporary_truce"]),
    )
    found = {
        (p["actor"], p["issue"]): p["stance"]
        for p in caught_up(news).positions(None, d("2024-02-02"))["positions"]
    }
    assert found == {
        ("hamas", "permanent_ceasefire"): "demands",
        ("hamas", "hostage_release"): "conditional",
        ("israel", "end_of_war"): "rejects",
        ("qatar", "temporary_truce"): "supports",
    }  # a warning (Egypt's, of an offensive) is no stance on the issue it warns of


def test_a_condition_is_the_conditioners_demand_for_what_it_names(news):
    news.publish(
        "2024-02-01",
        demand(
            "2024-02-01",
            "hamas",
            "hostage_release",
            condition="only if Israel agrees to a full withdrawal of its forces",
        ),
        demand("2024-02-01", "israel", "temporary_truce", condition="until mid-April."),
    )
    found = {
        (p["actor"], p["issue"]): p["stance"]
        for p in caught_up(news).positions(None, d("2024-02-02"))["positions"]
    }
    assert found == {
        ("hamas", "hostage_release"): "conditional",  # offered on a condition
        ("hamas", "troop_withdrawal"): "demands",  # the condition: what Hamas asks for it
        ("israel", "temporary_truce"): "demands",  # a date is no condition
    }


def test_a_stance_holds_since_the_first_of_its_run_and_cites_it(news):
    news.publish("2023-12-20", demand("2023-12-13", "hamas", "permanent_ceasefire"))
    news.publish("2024-02-14", demand("2024-02-10", "hamas", "permanent_ceasefire"))
    news.publish("2024-04-26", demand("2024-04-20", "hamas", "permanent_ceasefire"))
    [held] = caught_up(news).positions("hamas", d("2024-03-01"))["positions"]
    assert held["since"] == "2023-12-13"
    assert held["updated"] == "2024-02-10"
    assert held["events"] == 2
    assert [s["article"] for s in held["sources"]] == ["a0002", "a0001"]
    assert held["sources"][0]["evidence"] == "DemandStated #0 in a0002"


def test_proposals_list_their_proposer_and_each_partys_response(news):
    news.publish(
        "2024-02-01",
        dict(
            type="ProposalMade",
            on="2024-01-28",
            subject=["united_states"],
            proposal_id="paris",
            terms=["temporary_truce", "hostage_release"],
        ),
        dict(
            type="CounterproposalMade",
            on="2024-02-06",
            subject=["hamas"],
            proposal_id="hamas-counter",
            responds_to="paris",
        ),
        dict(type="ProposalAccepted", on="2024-01-30", subject=["israel"], proposal_id="paris"),
    )
    news.publish(
        "2024-02-14",
        dict(
            type="ProposalRejected",
            on="2024-02-07",
            subject=["israel"],
            proposal_id="hamas-counter",
        ),
    )
    proposals = {p["proposal_id"]: p for p in state(news, "2024-02-14")["proposals"]}
    paris, counter = proposals["paris"], proposals["hamas-counter"]
    assert paris["proposer"] == ["united_states"]
    assert paris["terms"] == ["temporary_truce", "hostage_release"]
    assert paris["responses"]["israel"]["response"] == "accepted"
    assert counter["responds_to"] == "paris"
    assert counter["responses"]["israel"]["response"] == "rejected"
    assert counter["responses"]["israel"]["source"]["article"] == "a0002"
    # Before Israel's rejection was reported to have happened, it is not there.
    earlier = {p["proposal_id"]: p for p in state(news, "2024-02-06")["proposals"]}
    assert earlier["hamas-counter"]["responses"] == {}


def test_sticking_points_are_issues_where_parties_hold_opposite_stances(news):
    news.publish(
        "2024-04-26",
        demand("2024-04-20", "hamas", "permanent_ceasefire", "troop_withdrawal"),
        dict(
            type="DemandRejected",
            on="2024-04-20",
            subject=["israel"],
            issues=["permanent_ceasefire"],
        ),
        demand("2024-04-20", "israel", "security_presence"),
    )
    points = state(news, "2024-04-26")["sticking_points"]
    # Israel demanding a security presence stands against Hamas' demand of a withdrawal.
    assert [p["issue"] for p in points] == ["permanent_ceasefire", "troop_withdrawal"]
    assert points[1]["against"][0]["issue"] == "security_presence"
    assert [h["actor"] for h in points[0]["for"]] == ["hamas"]
    assert [h["actor"] for h in points[0]["against"]] == ["israel"]
    assert points[0]["against"][0]["sources"][0]["type"] == "DemandRejected"


def test_a_sides_own_demand_of_an_issue_clears_it_but_a_plan_of_its_own_does_not(news):
    news.publish(
        "2024-04-26",
        demand("2024-04-20", "hamas", "troop_withdrawal", "permanent_ceasefire"),
        demand("2024-04-20", "israel", "security_presence", "hamas_elimination"),
        dict(
            type="ProposalMade",
            on="2024-04-25",
            subject=["israel"],
            issues=["troop_withdrawal"],
        ),
        demand("2024-04-25", "israel", "permanent_ceasefire"),
    )
    points = {p["issue"]: p for p in state(news, "2024-04-26")["sticking_points"]}
    # Israel demanding a ceasefire itself outweighs its aim of eliminating Hamas; its plan
    # with a withdrawal does not take back its demand of a security presence.
    assert "permanent_ceasefire" not in points
    assert [h["actor"] for h in points["troop_withdrawal"]["for"]] == ["hamas"]
    assert [h["actor"] for h in points["troop_withdrawal"]["against"]] == ["israel"]


def test_changes_list_what_moved_between_two_dates(news):
    news.publish("2023-12-20", demand("2023-12-20", "hamas", "permanent_ceasefire"))
    news.publish(
        "2024-02-14",
        talks("2024-02-13", "cairo", ["egypt"], ["israel"]),
        dict(
            type="DemandRejected",
            on="2024-02-10",
            subject=["israel"],
            issues=["permanent_ceasefire"],
        ),
    )
    answer = caught_up(news).changes(d("2023-12-21"), d("2024-02-14"))
    assert answer["status"] == {"from": "not_started", "to": "active"}
    assert answer["events"] == 2
    assert [(c["actor"], c["from"], c["to"]) for c in answer["positions"]] == [
        ("israel", None, "rejects")
    ]


# Timeline


def test_reports_of_one_happening_merge_into_one_corroborated_entry(news):
    arrival = dict(type="DelegationArrived", destination="cairo", location="cairo")
    news.publish("2023-12-20", dict(arrival, on="2023-12-20", subject=["hamas", "ismail_haniyeh"]))
    news.publish(
        "2023-12-21", dict(arrival, on="2023-12-18", until="2023-12-21", subject=["hamas"])
    )
    news.publish("2024-02-14", dict(arrival, on="2024-02-14", subject=["hamas"]))
    news.publish("2023-12-21", dict(arrival, on="2023-12-20", subject=["egypt"]))
    entries = caught_up(news).timeline()
    assert [(e["occurred"]["start"], e["principals"], e["corroboration"]) for e in entries] == [
        ("2023-12-20", ["hamas"], 2),  # the most precise report dates the entry
        ("2023-12-20", ["egypt"], 1),
        ("2024-02-14", ["hamas"], 1),
    ]
    assert {s["article"] for s in entries[0]["sources"]} == {"a0001", "a0002"}
    assert all(s["evidence"] for s in entries[0]["sources"])


def test_the_timeline_can_be_cut_to_a_world_date_range(news):
    news.publish(
        "2024-02-14", demand("2023-12-13", "hamas", "end_of_war"), talks("2024-02-13", "cairo")
    )
    entries = caught_up(news).timeline(start=d("2024-01-01"), end=d("2024-02-28"))
    assert [e["type"] for e in entries] == ["TalksOpened"]


def test_actors_are_listed_with_their_counts_and_roles(news):
    news.publish("2024-02-14", talks("2024-02-13", "cairo", ["egypt"], ["israel"]))
    news.publish("2024-02-15", demand("2024-02-15", "israel", "hamas_elimination"))
    actors = {a["id"]: a for a in caught_up(news).actors()}
    assert actors["israel"] == {
        "id": "israel",
        "events": 2,
        "roles": {"participant": 1, "subject": 1},
    }

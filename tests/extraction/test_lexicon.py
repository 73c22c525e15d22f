"""Everyday wire wording of each catalog family, beyond the words the rules were first written
with: talks that 'sat down' or 'ground to a halt', plans 'brushed aside' or 'rubber-stamped',
truces that 'crumbled'. Sentences written for these tests, across several conflicts; each family
also lists wordings that must give nothing (idioms, threats, denials, other business)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ids, of_type

GAZA = "Israel and Hamas have fought in Gaza since October 2023.\n"
UKRAINE = "Russia and Ukraine have been at war since February 2022.\n"
SUDAN = "Sudan's army and the RSF have fought since April 2023.\n"
CONGO = "Congo and Rwanda are negotiating over M23 rebels in eastern Congo.\n"
COLOMBIA = "Colombia's government and the ELN guerrillas are holding peace talks.\n"


def _found(read, about: str, text: str, kind: str) -> list:
    """The findings of a kind in the sentence after the opening one."""
    return [f for f in of_type(read(about + text), kind) if f.evidence.sentence >= 1]


PROCESS = [
    (
        GAZA,
        "Israeli and Hamas negotiators sat down in Doha on Monday for a fresh round of talks.",
        "TalksOpened",
        "hamas",
    ),
    (
        UKRAINE,
        "Russian and Ukrainian delegations sat down in Istanbul on Friday for direct talks.",
        "TalksOpened",
        "ukraine",
    ),
    (
        CONGO,
        "Congolese and Rwandan envoys gathered in Doha on Monday for a new round of talks.",
        "TalksOpened",
        "rwanda",
    ),
    (GAZA, "Israeli negotiators huddled with Egyptian mediators in Cairo.", "TalksOpened", "egypt"),
    (
        SUDAN,
        "Negotiators of the army and the RSF huddled with Saudi mediators in Jeddah on Monday.",
        "TalksOpened",
        "rsf",
    ),
    (GAZA, "Talks restarted in Cairo on Sunday, officials said.", "TalksOpened", "egypt"),
    (GAZA, "Mediators reopened talks in Doha on Tuesday.", "TalksOpened", "qatar"),
    (GAZA, "The talks in Cairo ground to a halt on Tuesday.", "TalksConcluded", "egypt"),
    (SUDAN, "The talks in Jeddah reached an impasse on Sunday.", "TalksConcluded", "rsf"),
    (GAZA, "The negotiations in Doha came to a standstill on Monday.", "TalksConcluded", "qatar"),
    (
        GAZA,
        "The Hamas delegation walked out of the talks in Cairo on Monday.",
        "DelegationRecalled",
        "hamas",
    ),
    (UKRAINE, "Ukraine walked out of the Istanbul talks.", "DelegationRecalled", "ukraine"),
    (CONGO, "The M23 withdrew from the negotiations in Doha.", "DelegationRecalled", "m23"),
    (GAZA, "Israel pulled out of the talks in Doha on Tuesday.", "DelegationRecalled", "israel"),
    (GAZA, "Witkoff jetted to Doha on Tuesday.", "DelegationArrived", "steve_witkoff"),
    (GAZA, "Burns made his way to Cairo on Sunday.", "DelegationArrived", "william_burns"),
    (GAZA, "Barnea rushed to Doha on Monday.", "DelegationArrived", "david_barnea"),
    (GAZA, "Dermer travelled on to Cairo on Monday.", "DelegationArrived", "ron_dermer"),
    (GAZA, "Talks continued in Cairo on Monday.", "TalksOpened", "egypt"),
    (UKRAINE, "The talks in Istanbul entered a second day.", "TalksOpened", "ukraine"),
    (
        GAZA,
        "Biden held a phone call with Netanyahu about the hostage deal on Monday.",
        "TalksOpened",
        "israel",
    ),
    (
        GAZA,
        "Qatar's emir spoke by phone with Biden on Monday about the hostage deal.",
        "TalksOpened",
        "qatar",
    ),
    (
        CONGO,
        "The M23 announced its withdrawal from the Doha process on Monday.",
        "DelegationRecalled",
        "m23",
    ),
    (
        COLOMBIA,
        "The third cycle of talks between the government and the ELN began in Havana.",
        "TalksOpened",
        "eln",
    ),
    (COLOMBIA, "The fourth cycle ended in Caracas on Tuesday.", "TalksConcluded", "eln"),
]

PROCESS_NOTHING = [
    (GAZA, "Netanyahu sat down with his coalition partners on Monday.", "TalksOpened"),
    (GAZA, "The minister sat down for an interview with Channel 12 on Monday.", "TalksOpened"),
    (GAZA, "Protesters gathered in Tel Aviv for a rally on Saturday.", "TalksOpened"),
    (UKRAINE, "Fans gathered in Kyiv for the final.", "TalksOpened"),
    (GAZA, "Traffic ground to a halt in Tel Aviv.", "TalksConcluded"),
    (GAZA, "Israel threatened to pull out of the talks in Doha.", "DelegationRecalled"),
    (GAZA, "Hamas denied that it had walked out of the talks.", "DelegationRecalled"),
    (GAZA, "Israel could withdraw from the negotiations if Hamas refuses.", "DelegationRecalled"),
    (GAZA, "Israel pulled out of Gaza's Netzarim corridor on Sunday.", "DelegationRecalled"),
    (GAZA, "The prime minister rushed to the hospital on Monday.", "DelegationArrived"),
    (GAZA, "The talks continued to stall on Monday.", "TalksOpened"),
    (GAZA, "Netanyahu spoke by phone with his mother on Monday.", "TalksOpened"),
    (UKRAINE, "Talks could continue if Russia agrees.", "TalksOpened"),
    (GAZA, "Israel announced its withdrawal from Gaza's north.", "DelegationRecalled"),
    (COLOMBIA, "The news cycle ended on Friday.", "TalksConcluded"),
    (COLOMBIA, "The cycle of violence ended in 2016.", "TalksConcluded"),
]


@pytest.mark.parametrize(("about", "text", "kind", "actor"), PROCESS)
def test_wire_wording_of_talks_and_delegations_is_read(read, about, text, kind, actor):
    found = _found(read, about, text, kind)
    assert found and any(actor in ids(f) for f in found), (text, found)


@pytest.mark.parametrize(("about", "text", "kind"), PROCESS_NOTHING)
def test_talks_idioms_threats_and_denials_give_no_process_event(read, about, text, kind):
    assert not _found(read, about, text, kind), text


PROPOSALS = [
    (GAZA, "Egypt came up with a new ceasefire proposal on Monday.", "ProposalMade", "egypt"),
    (GAZA, "Qatar drew up a new truce plan on Monday.", "ProposalMade", "qatar"),
    (UKRAINE, "Ukraine came up with a new peace plan on Friday.", "ProposalMade", "ukraine"),
    (CONGO, "Rwanda put a new offer on the table on Friday.", "ProposalMade", "rwanda"),
    (GAZA, "Hamas gave its nod to the truce plan on Monday.", "ProposalAccepted", "hamas"),
    (GAZA, "Israel's cabinet rubber-stamped the deal on Friday.", "ProposalAccepted", "israel"),
    (GAZA, "Hamas okayed the plan on Monday.", "ProposalAccepted", "hamas"),
    (GAZA, "Israel's cabinet voted in favour of the deal.", "ProposalAccepted", "israel"),
    (
        CONGO,
        "Kinshasa gave its nod to the Qatari framework on Monday.",
        "ProposalAccepted",
        "democratic_republic_of_congo",
    ),
    (GAZA, "Hamas brushed aside the proposal on Monday.", "ProposalRejected", "hamas"),
    (GAZA, "Netanyahu shot down the plan on Monday.", "ProposalRejected", "israel"),
    (GAZA, "Israel snubbed the proposal on Monday.", "ProposalRejected", "israel"),
    (GAZA, "Hamas waved off the plan on Monday.", "ProposalRejected", "hamas"),
    (GAZA, "Israel poured cold water on the plan on Monday.", "ProposalRejected", "israel"),
    (GAZA, "Hamas turned its back on the plan.", "ProposalRejected", "hamas"),
    (UKRAINE, "Moscow brushed aside Kyiv's peace plan on Tuesday.", "ProposalRejected", "russia"),
    (CONGO, "The M23 threw out the Doha framework on Tuesday.", "ProposalRejected", "m23"),
    (GAZA, "Hamas came back with a counteroffer on Monday.", "CounterproposalMade", "hamas"),
    (SUDAN, "The RSF came back with a counterproposal on Sunday.", "CounterproposalMade", "rsf"),
    (GAZA, "Hamas is mulling the proposal.", "StatementIssued", "hamas"),
    (GAZA, "Israel is poring over the proposal.", "StatementIssued", "israel"),
    (UKRAINE, "Kyiv is mulling the American proposal.", "StatementIssued", "ukraine"),
    (UKRAINE, "Ukraine declined the Russian offer on Friday.", "ProposalRejected", "ukraine"),
    (UKRAINE, "Russia skipped the talks in Istanbul.", "ProposalRejected", "russia"),
    (CONGO, "Rwanda snubbed the Luanda talks.", "ProposalRejected", "rwanda"),
    (GAZA, "Hamas gave its answer on Tuesday.", "CounterproposalMade", "hamas"),
    (
        UKRAINE,
        "Kyiv delivered its answer to the US proposal on Friday.",
        "CounterproposalMade",
        "ukraine",
    ),
]

PROPOSALS_NOTHING = [
    (GAZA, "The minister brushed aside questions about his health.", "ProposalRejected"),
    (GAZA, "Netanyahu shot down rumours of a rift with Washington.", "ProposalRejected"),
    (GAZA, "The army shot down a drone over the Galilee.", "ProposalRejected"),
    (UKRAINE, "Russian forces shot down 40 Ukrainian drones overnight.", "ProposalRejected"),
    (GAZA, "He poured cold water on reports of a cabinet reshuffle.", "ProposalRejected"),
    (GAZA, "Hamas denied that it had brushed aside the proposal.", "ProposalRejected"),
    (GAZA, "Israel could throw out the proposal if Hamas insists.", "ProposalRejected"),
    (GAZA, "The cabinet voted for a budget on Monday.", "ProposalAccepted"),
    (GAZA, "Investors are mulling the outlook for bonds.", "StatementIssued"),
    (UKRAINE, "The Kremlin declined to comment on the offer.", "ProposalRejected"),
    (UKRAINE, "Zelensky skipped breakfast on Friday.", "ProposalRejected"),
    (GAZA, "Hamas has not yet given its answer.", "CounterproposalMade"),
]


@pytest.mark.parametrize(("about", "text", "kind", "actor"), PROPOSALS)
def test_wire_wording_of_plans_made_taken_refused_or_weighed_is_read(
    read, about, text, kind, actor
):
    found = _found(read, about, text, kind)
    assert found and any(actor in ids(f) for f in found), (text, found)


@pytest.mark.parametrize(("about", "text", "kind"), PROPOSALS_NOTHING)
def test_the_same_verbs_on_other_objects_give_no_proposal_event(read, about, text, kind):
    assert not _found(read, about, text, kind), text


POSITIONS = [
    (GAZA, "Hamas is holding out for a permanent ceasefire.", "DemandStated", "hamas"),
    (GAZA, "Hamas pressed its demand for a full Israeli withdrawal.", "DemandStated", "hamas"),
    (GAZA, "Hamas made a full withdrawal a precondition for any deal.", "DemandStated", "hamas"),
    (GAZA, "Hamas set as a condition a complete end to the war.", "DemandStated", "hamas"),
    (GAZA, "Hamas has dug in its heels on an end to the war.", "DemandStated", "hamas"),
    (GAZA, "Hamas said a permanent ceasefire was non-negotiable.", "DemandStated", "hamas"),
    (
        UKRAINE,
        "Kyiv is holding out for security guarantees before any ceasefire.",
        "DemandStated",
        "ukraine",
    ),
    (
        UKRAINE,
        "Ukraine said its territorial integrity was non-negotiable.",
        "DemandStated",
        "ukraine",
    ),
    (
        CONGO,
        "Kinshasa made the M23's withdrawal a precondition for any deal.",
        "DemandStated",
        "democratic_republic_of_congo",
    ),
    (GAZA, "Qatar leaned on Hamas to accept the proposal.", "AppealMade", "qatar"),
    (GAZA, "Washington piled pressure on Israel to agree to a truce.", "AppealMade", "israel"),
    (GAZA, "The United States prodded Israel to reach a deal.", "AppealMade", "united_states"),
    (GAZA, "Egypt pleaded with Hamas to accept the truce.", "AppealMade", "egypt"),
    (CONGO, "Washington leaned on Rwanda to withdraw its troops.", "AppealMade", "rwanda"),
    (SUDAN, "Saudi Arabia prodded the RSF to return to the talks.", "AppealMade", "saudi_arabia"),
    (
        GAZA,
        "Netanyahu said all options were on the table if Hamas refused.",
        "ThreatIssued",
        "israel",
    ),
    (GAZA, "Israel said it would not hesitate to act against Hamas.", "ThreatIssued", "israel"),
    (GAZA, "Hamas stood by its demand for a full withdrawal.", "DemandStated", "hamas"),
    (UKRAINE, "Kyiv stood by its position on territory.", "DemandStated", "ukraine"),
    (GAZA, "Biden urged an immediate ceasefire on Monday.", "AppealMade", "united_states"),
    (GAZA, "Egypt urged restraint on both sides.", "AppealMade", "egypt"),
    (UKRAINE, "The Vatican urged an immediate truce on Sunday.", "AppealMade", "holy_see"),
    (UKRAINE, "Russia laid down its conditions for a ceasefire.", "DemandStated", "russia"),
    (UKRAINE, "Russia set out its conditions for peace talks.", "DemandStated", "russia"),
]

POSITIONS_NOTHING = [
    (GAZA, "Israeli troops dug in near Rafah on Monday.", "DemandStated"),
    (GAZA, "The team is holding out for a better contract.", "DemandStated"),
    (GAZA, "He made the coffee a condition for starting work.", "DemandStated"),
    (GAZA, "The budget was non-negotiable, the treasury said.", "DemandStated"),
    (GAZA, "Hamas denied it had pressed its demand for a withdrawal.", "DemandStated"),
    (GAZA, "Lawmakers piled pressure on the finance minister over the budget.", "AppealMade"),
    (GAZA, "All options are on the table for the holiday schedule.", "ThreatIssued"),
    (GAZA, "The doctor urged rest for the patient.", "AppealMade"),
    (GAZA, "The hospital listed its demands for more funding.", "DemandStated"),
]


@pytest.mark.parametrize(("about", "text", "kind", "actor"), POSITIONS)
def test_wire_wording_of_demands_appeals_and_threats_is_read(read, about, text, kind, actor):
    found = _found(read, about, text, kind)
    assert found and any(actor in ids(f) for f in found), (text, found)


@pytest.mark.parametrize(("about", "text", "kind"), POSITIONS_NOTHING)
def test_the_same_idioms_outside_the_talks_give_no_position(read, about, text, kind):
    assert not _found(read, about, text, kind), text


OUTCOMES = [
    (
        GAZA,
        "Israel and Hamas inked a ceasefire agreement.",
        "CeasefireAgreed",
        "hamas",
    ),
    (GAZA, "A truce deal was clinched in Doha on Wednesday.", "CeasefireAgreed", "israel"),
    (GAZA, "The guns fell silent in Gaza on Sunday.", "CeasefireAgreed", "hamas"),
    (
        SUDAN,
        "The army and the RSF inked a week-long truce.",
        "CeasefireAgreed",
        "rsf",
    ),
    (CONGO, "The M23 and Kinshasa forged a truce in Doha on Saturday.", "CeasefireAgreed", "m23"),
    (GAZA, "The truce was renewed for 48 hours on Tuesday.", "TruceExtended", "hamas"),
    (GAZA, "Israel and Hamas rolled over the truce for another day.", "TruceExtended", "israel"),
    (GAZA, "The ceasefire crumbled on Tuesday.", "CeasefireCollapsed", "hamas"),
    (UKRAINE, "The Easter truce lapsed on Sunday night.", "CeasefireCollapsed", "russia"),
    (SUDAN, "The Jeddah truce crumbled within hours.", "CeasefireCollapsed", "rsf"),
    (GAZA, "Israel abandoned the ceasefire on Tuesday.", "CeasefireCollapsed", "israel"),
    (GAZA, "Fighting erupted again in Gaza on Friday.", "CeasefireCollapsed", "hamas"),
    (SUDAN, "Fighting flared again in Khartoum on Sunday.", "CeasefireCollapsed", "rsf"),
    (GAZA, "Hamas let go of two hostages on Monday.", "HostagesReleased", "hamas"),
    (GAZA, "Israel let out 90 Palestinian prisoners on Sunday.", "PrisonersReleased", "israel"),
    (
        UKRAINE,
        "Russia and Ukraine exchanged 95 prisoners of war on Friday.",
        "PrisonersReleased",
        "ukraine",
    ),
    (
        UKRAINE,
        "Russia and Ukraine carried out a prisoner swap on Friday.",
        "PrisonersReleased",
        "russia",
    ),
    (UKRAINE, "Moscow and Kyiv swapped 103 POWs each on Wednesday.", "PrisonersReleased", "russia"),
    (CONGO, "The M23 and Kinshasa exchanged prisoners on Monday.", "PrisonersReleased", "m23"),
    (GAZA, "Israel declared a unilateral ceasefire on Sunday.", "CeasefireAgreed", "israel"),
    (GAZA, "A ceasefire was declared on Sunday.", "CeasefireAgreed", "hamas"),
    (UKRAINE, "Russia declared a three-day truce for Victory Day.", "CeasefireAgreed", "russia"),
    (SUDAN, "The RSF declared a three-month humanitarian truce.", "CeasefireAgreed", "rsf"),
    (GAZA, "Hamas freed four Israeli women on Saturday.", "HostagesReleased", "hamas"),
    (GAZA, "Hamas released 10 Thai nationals on Friday.", "HostagesReleased", "hamas"),
    (
        GAZA,
        "Israel released 39 Palestinian women and teenagers on Friday.",
        "PrisonersReleased",
        "israel",
    ),
    (UKRAINE, "Russia freed 150 Ukrainian servicemen on Friday.", "PrisonersReleased", "russia"),
    (UKRAINE, "The Easter truce came to an end at midnight.", "CeasefireCollapsed", "russia"),
]

OUTCOMES_NOTHING = [
    (GAZA, "Israel renewed its strikes on Gaza despite the truce talks.", "TruceExtended"),
    (GAZA, "Israel could abandon the ceasefire if Hamas does not free the hostages.", ""),
    (GAZA, "Hamas denied that the truce had collapsed.", "CeasefireCollapsed"),
    (GAZA, "The truce could crumble if Israel attacks Rafah.", "CeasefireCollapsed"),
    (GAZA, "His support crumbled in the polls.", "CeasefireCollapsed"),
    (GAZA, "The guns will not fall silent until Hamas is defeated.", "CeasefireAgreed"),
    (GAZA, "Israel threatened to walk away from the ceasefire.", "CeasefireCollapsed"),
    (GAZA, "The company let out its offices in Tel Aviv.", "PrisonersReleased"),
    (UKRAINE, "The sides exchanged lists of prisoners on Monday.", "PrisonersReleased"),
    (UKRAINE, "Kyiv's ombudsman oversees exchanges of POWs.", "PrisonersReleased"),
    (UKRAINE, "The two sides traded accusations over the truce.", "CeasefireCollapsed"),
    (GAZA, "Hamas declared that the ceasefire was over.", "CeasefireAgreed"),
    (UKRAINE, "Putin declared that a truce was impossible.", "CeasefireAgreed"),
    (GAZA, "Israel ordered the evacuation of Israeli civilians near the border.", ""),
    (GAZA, "The war will come to an end only when Hamas is defeated.", "CeasefireCollapsed"),
]


@pytest.mark.parametrize(("about", "text", "kind", "actor"), OUTCOMES)
def test_wire_wording_of_truces_and_releases_is_read(read, about, text, kind, actor):
    found = _found(read, about, text, kind)
    assert found and any(actor in ids(f) for f in found), (text, found)


@pytest.mark.parametrize(("about", "text", "kind"), OUTCOMES_NOTHING)
def test_truce_idioms_threats_and_lists_give_no_outcome(read, about, text, kind):
    kinds = [kind] if kind else ["CeasefireCollapsed", "HostagesReleased"]
    assert not [f for k in kinds for f in _found(read, about, text, k)], text


STATEMENTS = [
    (GAZA, "Qatar said the talks were going well.", "qatar", "progress"),
    (GAZA, "Egypt said the negotiations were moving in the right direction.", "egypt", "progress"),
    (GAZA, "Qatar said the two sides were inching closer to a deal.", "qatar", "progress"),
    (CONGO, "Rwanda said the sides were close to a deal.", "rwanda", "progress"),
    (GAZA, "Hamas said the talks were going nowhere.", "hamas", "no_progress"),
    (GAZA, "Israel said the talks had made no headway.", "israel", "no_progress"),
    (SUDAN, "The RSF said the Jeddah talks were bogged down.", "rsf", "no_progress"),
    (GAZA, "Hamas said a few snags remained in the talks.", "hamas", "gaps_remain"),
    (UKRAINE, "The Kremlin said the talks were businesslike.", "russia", "constructive"),
    (UKRAINE, "Kyiv said the talks were fruitless.", "ukraine", "no_progress"),
    (UKRAINE, "Kyiv said the negotiations were a waste of time.", "ukraine", "no_progress"),
    (GAZA, "Israel said the negotiators returned empty-handed.", "israel", "no_progress"),
    (GAZA, "Qatar conceded that the talks had stalled.", "qatar", "no_progress"),
    (GAZA, "Egypt underlined that the negotiations were making progress.", "egypt", "progress"),
    (GAZA, "Israel admitted the gaps remained wide.", "israel", "gaps_remain"),
    (GAZA, "Netanyahu branded the proposal delusional.", "israel", "pessimistic"),
    (
        UKRAINE,
        "The Kremlin conceded that the talks had produced no breakthrough.",
        "russia",
        "no_progress",
    ),
]

STATEMENTS_NOTHING = [
    (GAZA, "Netanyahu said the economy was going well."),
    (GAZA, "Qatar said the World Cup preparations were on the right track."),
    (GAZA, "The minister said his health was going well."),
    (GAZA, "Netanyahu said the operation in Rafah was successful."),
    (GAZA, "Israel said its strikes were producing concrete results."),
    (GAZA, "The army said the raid ended without casualties."),
    (GAZA, "Hamas admitted responsibility for the rocket attack."),
    (GAZA, "The agreement terms are favourable."),
]


@pytest.mark.parametrize(("about", "text", "actor", "assessment"), STATEMENTS)
def test_wire_wording_of_how_the_talks_go_is_assessed(read, about, text, actor, assessment):
    found = [f for f in _found(read, about, text, "StatementIssued") if actor in ids(f)]
    assert [f.attributes["assessment"] for f in found] == [assessment], (text, found)


@pytest.mark.parametrize(("about", "text"), STATEMENTS_NOTHING)
def test_the_same_wording_about_other_matters_is_no_statement_on_the_talks(read, about, text):
    assert not _found(read, about, text, "StatementIssued"), text

#!/usr/bin/env python3
"""Writes votes.csv for each illustrative sample assessment.

The tables below are the source: one entry per indicator of sp-dmf with the
votes of every participant (in the order of the sample's participants.csv),
the indicator's target, confidence, evidence, notes, and the agreed level
with its rationale where the room agreed one. Nothing is random, so running
the script twice gives the same files.

    python3 samples/src/generate_votes.py          # rewrite the three votes.csv
    python3 samples/src/generate_votes.py --check  # only check, write nothing

Vote codes in the strings: 1-5 a level, n = not applicable, u = unknown,
- = the participant did not vote on that indicator.

Each entry also states the status the room should end up with (`expect`),
and the script stops if the votes do not produce it under the method in
docs/methodology.md (agreed value first, then majority N/A or unknown, then
the lower median of the level votes). That keeps votes, evidence and
expected level from drifting apart when someone edits a line.

Everything here is illustrative: the names are fictional, the documents are
those a room would typically cite, and none of it is an official result.
"""
import csv
import io
import os
import sys
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))

# The 64 indicators of the built-in sp-dmf 2.0.0, in framework order (the id plan
# of issue 15: D1.4, D3.4, D8.4 and D10.4 merged away; D4.7, D5.6, D7.7 and D10.6
# split off; D2.6, D4.8, D4.9, D7.8-D7.10, D10.7 and the domains D11 and D12 new).
INDICATORS = (
    [f"D1.{i}" for i in (1, 2, 3, 5)] + [f"D2.{i}" for i in range(1, 7)] + [f"D3.{i}" for i in range(1, 4)]
    + [f"D4.{i}" for i in range(1, 10)] + [f"D5.{i}" for i in range(1, 7)] + [f"D6.{i}" for i in range(1, 6)]
    + [f"D7.{i}" for i in range(1, 11)] + [f"D8.{i}" for i in (1, 2, 3, 5)] + [f"D9.{i}" for i in range(1, 5)]
    + [f"D10.{i}" for i in (1, 2, 3, 5, 6, 7)] + [f"D11.{i}" for i in range(1, 5)] + [f"D12.{i}" for i in range(1, 4)])

# Indicators that can never be N/A in sp-dmf 2.0.0 (always-applicable="yes": data
# protection, exclusion monitoring, participation, grievance and appeal, security,
# backups and continuity, gender, shock response), as the drafts of the issue-15
# branches mark them. socle-cli import-votes refuses an N/A vote on them, so the
# tables must not hold one. When the framework file is 2.0.0, its own marks are used.
ALWAYS_APPLICABLE = {"D1.3", "D2.6", "D4.2", "D4.4", "D4.5", "D4.7", "D4.8", "D4.9", "D7.6", "D7.7", "D8.1", "D8.3",
                     "D10.7", "D12.1", "D12.2", "D12.3"}
FRAMEWORK = os.path.join(HERE, "..", "..", "frameworks", "builtin", "sp-dmf.xml")


def framework_ids():
    """The built-in framework's version, indicator ids and always-applicable ids."""
    import xml.etree.ElementTree as ET
    root = ET.parse(FRAMEWORK).getroot()
    ids = [i.get("id") for i in root.iter("indicator")]
    always = {i.get("id") for i in root.iter("indicator") if i.get("always-applicable") == "yes"}
    return root.get("version"), ids, always


VOTE_CODES = {"1": "1", "2": "2", "3": "3", "4": "4", "5": "5", "n": "na", "u": "unknown", "-": None}
HEADER = ["indicator", "participant", "vote", "target", "confidence", "evidence", "note", "agreed", "rationale"]


@dataclass
class I:
    """One indicator as the room left it."""
    id: str
    votes: str                      # e.g. "2 3 2 - u 2 n 1 2", one code per participant
    expect: object                  # resulting level (int), "na" or "unknown"
    evidence: str = ""
    confidence: str = ""            # self_reported, documented or verified
    target: int | None = None       # None: the framework's default target
    agreed: object = None           # level, "na" or "unknown", recorded by the facilitator
    rationale: str = ""
    note: str = ""                  # the facilitator's note on the indicator
    said: dict = field(default_factory=dict)  # participant id -> what they said, kept on their vote row


def read_participant_ids(folder):
    with open(os.path.join(HERE, folder, "participants.csv"), encoding="utf-8", newline="") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def status_of(entry, codes):
    """The indicator's status and level, as Socle computes them."""
    if entry.agreed is not None:
        return entry.agreed
    cast = [c for c in codes if c != "-"]
    if not cast:
        return "unanswered"
    if sum(c == "n" for c in cast) * 2 > len(cast):
        return "na"
    levels = sorted(int(c) for c in cast if c.isdigit())
    if sum(c == "u" for c in cast) * 2 > len(cast) or not levels:
        return "unknown"
    return levels[(len(levels) - 1) // 2]  # lower median: never round up


def spread_of(codes):
    levels = [int(c) for c in codes if c.isdigit()]
    return max(levels) - min(levels) if len(levels) >= 2 else 0


def build(folder, entries, always_applicable=ALWAYS_APPLICABLE):
    """Checks one sample's table and returns its CSV text and a summary."""
    ids = read_participant_ids(folder)
    problems = []
    seen = [e.id for e in entries]
    if seen != INDICATORS:
        missing = sorted(set(INDICATORS) - set(seen))
        extra = [i for i in seen if i not in INDICATORS or seen.count(i) > 1]
        problems.append(f"indicators do not match sp-dmf (missing {missing}, extra or repeated {extra})")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    summary = {"votes": 0, "disagreements": [], "na": [], "unknown": [], "agreed": [], "targets": 0,
               "confidence": 0, "evidence": 0, "notes": 0, "per_participant": {p: 0 for p in ids}}
    for e in entries:
        codes = e.votes.split()
        if len(codes) != len(ids) or any(c not in VOTE_CODES for c in codes):
            problems.append(f"{e.id}: votes '{e.votes}' must be {len(ids)} codes from {''.join(VOTE_CODES)}")
            continue
        for who in e.said:
            if who not in ids or codes[ids.index(who)] == "-":
                problems.append(f"{e.id}: a remark is attributed to {who}, who did not vote")
        result = status_of(e, codes)
        if result != e.expect:
            problems.append(f"{e.id}: votes give {result}, the table expects {e.expect}")
        if e.id in always_applicable and ("n" in codes or e.agreed == "na" or result == "na"):
            problems.append(f"{e.id}: can never be N/A in sp-dmf 2.0.0; record a level (or unknown) instead")
        if e.agreed is not None and not e.rationale:
            problems.append(f"{e.id}: an agreed value needs a rationale")
        has_summary = any([e.target, e.confidence, e.evidence, e.note, e.agreed is not None, e.rationale])
        if has_summary:
            writer.writerow([e.id, "", "", e.target or "", e.confidence, e.evidence, e.note,
                             "" if e.agreed is None else e.agreed, e.rationale])
        for who, code in zip(ids, codes):
            if code == "-":
                continue
            writer.writerow([e.id, who, VOTE_CODES[code], "", "", "", e.said.get(who, ""), "", ""])
            summary["votes"] += 1
            summary["per_participant"][who] += 1
        if spread_of(codes) >= 2:
            summary["disagreements"].append(e.id)
        if result == "na":
            summary["na"].append(e.id)
        if result == "unknown":
            summary["unknown"].append(e.id)
        if e.agreed is not None:
            summary["agreed"].append(e.id)
        summary["targets"] += e.target is not None
        summary["confidence"] += bool(e.confidence)
        summary["evidence"] += bool(e.evidence)
        summary["notes"] += bool(e.note or e.said)
    return out.getvalue(), summary, problems


# ---------------------------------------------------------------------------
# Lao PDR, baseline 2026.
# Participants: p01 MoLSW, p02 LSSO, p03 NHIB, p04 MoF, p05 MoHA (anonymous),
# p06 MTC, p07 LSB, p08 Bank of the Lao PDR, p09 Savannakhet provincial office.
# ---------------------------------------------------------------------------
LAO_PDR_2026 = [
    # D1 Policy and legal mandate
    I("D1.1", "3 2 2 1 2 2 2 2 2 2 2 2", expect=2, confidence="documented", agreed=2,
      evidence="National Social Protection Strategy approved by Decree 224/PM (2020) and its action matrix; "
               "MoLSW concept note on a social protection MIS (draft, 2025). No costing annex or digital "
               "investment plan could be shown in the room.",
      rationale="The strategy is approved and lists an information system among its measures, but the digital "
                "part has no costing, timeline or lead unit of its own: level 2. Level 3 needs a costed plan "
                "approved by government.",
      said={"p01": "MoLSW: the strategy's action matrix already names the MIS, so for us the plan is approved.",
            "p04": "MoF: no budget request has ever referred to a digital plan for social protection."}),
    I("D1.2", "2 2 2 1 2 1 u 2 1 2 2 2", expect=2, confidence="documented",
      evidence="Law on Social Security and Law on Health Insurance (general provisions on cooperation between "
               "agencies); official letters between LSSO and NHIB requesting member lists. No decree names the "
               "data, purposes or safeguards of any flow.",
      note="Flows from the family book and civil registration to social protection rest on no written legal basis.",
      said={"p10": "Public Security: we give family book or ID data to another ministry only on a signed official "
                   "request, case by case."}),
    I("D1.3", "2 2 1 u 2 3 2 2 1 2 2 2", expect=2, confidence="documented", target=3,
      evidence="Law on Electronic Data Protection and the implementing instruction issued by MTC; no internal data "
               "protection policy at MoLSW, LSSO or NHIB; registration forms carry no privacy notice.",
      said={"p06": "MTC: the law is in force and MTC oversees it; the gap is in the ministries applying it.",
            "p09": "Province: staff have never received any instruction on personal data."}),
    I("D1.5", "2 1 2 2 2 1 2 2 1 2 2 2", expect=2, confidence="documented",
      evidence="Law on Family Registration (No. 12/NA, 2009), under which the Ministry of Home Affairs registers births "
               "and deaths; the family book and the ID card, both issued by the Ministry of Public Security (Department "
               "of Census Management and Grass Roots Development); NSSF registration form (records the ID card or family "
               "book number); welfare allowance forms (family book only). No text authorises one personal number across "
               "all schemes.",
      said={"p10": "Public Security: every card now carries a number from our database, but no ministry has asked to "
                   "use it formally."}),
    # D2 Institutional governance and coordination
    I("D2.1", "2 2 2 1 2 2 2 1 1 2 2 2", expect=2, confidence="documented", target=3,
      evidence="Terms of reference of the coordination mechanism set up under the National Social Protection Strategy; "
               "minutes of two technical working group meetings (2025), of which one discussed information systems. "
               "MTC and the central bank are not members."),
    I("D2.2", "2 3 3 1 2 - 2 1 1 2 2 2", expect=2, confidence="documented", agreed=2,
      evidence="LSSO organisation chart assigning the NSSF system to its IT Centre; NHIB decision on its data "
               "management unit; the cash transfer MIS contract is held by the partner project, not by MoLSW; no "
               "inventory of systems with named owners.",
      rationale="Ownership is written down for the NSSF and health insurance systems, but not for the MoLSW pilots "
                "and spreadsheets, which depend on a partner project and its vendor. Level 3 needs an owner named "
                "for every core system.",
      said={"p09": "Province: we do not know whom to ask when we need access to the pilot MIS."}),
    I("D2.3", "1 2 2 1 1 1 1 1 1 2 2 2", expect=2, confidence="verified", agreed=2,
      evidence="Memorandum of understanding between LSSO and NHIB on transferring formal-sector members (seen in the "
               "room; general wording, no list of data fields). All other exchanges are requested by official letter.",
      rationale="The LSSO-NHIB memorandum is a general agreement covering a single flow, which is what level 2 "
                "describes; most participants voted 1 because they had not seen it."),
    I("D2.4", "3 2 2 2 2 2 2 - 1 2 2 2", expect=2, confidence="documented",
      evidence="MoLSW operational guidelines for welfare allowances; operations manual of the cash transfer pilot "
               "(pilot districts only); quarterly Excel returns sent by provincial offices; nothing is sent back to "
               "the provinces.",
      said={"p01": "MoLSW: the guidelines set out who does what at each level.",
            "p09": "Province: instructions come by letter or phone; the pilot manual is not used outside pilot districts."}),
    I("D2.5", "2 2 2 1 2 2 2 u 1 2 2 2", expect=2, confidence="documented",
      evidence="Minutes of the development partners' social protection group; three partner-funded pilots each with "
               "its own database (social registry pilot, cash transfer MIS, disability screening tablet app)."),
    I("D2.6", "2 2 1 2 - 2 u - 1 - 2 1", expect=2, confidence="documented",
      evidence="LFTU and LNCCI were consulted on the National Social Protection Strategy, which names an information "
               "system among its measures; neither sits in any body that decides on the NSSF system, the pilots or "
               "data sharing; no organisation of beneficiaries was consulted on the pilot MIS.",
      note="Level 2 at most under the indicator's rule: the consultation was on the strategy, never on the systems.",
      said={"p11": "LFTU: workers pay into the NSSF, yet we learn about changes to its system from our members.",
            "p12": "LNCCI: employers would use online filing if anyone asked us how it should work."}),
    # D3 Financing and sustainability
    I("D3.1", "2 3 2 1 - u 1 1 1 - - 2", expect=2, confidence="documented", agreed=2, target=3,
      evidence="LSSO administrative budget 2025 (IT line); MoLSW budget request for 2026 (ICT staff and internet); "
               "partner project budgets paying hosting and licences of the pilot systems.",
      rationale="Running costs are identified for the NSSF system and partly for MoLSW (salaries, connectivity), "
                "while hosting and licences of the pilots are paid by partners. That is level 2: more than 1, but "
                "social assistance systems have no recurrent line.",
      said={"p02": "LSSO: our system is paid every year from the fund's administrative budget.",
            "p04": "MoF: the state budget has no line for running social assistance systems."}),
    I("D3.2", "1 2 1 1 u - 1 u 1 - - 1", expect=1, confidence="self_reported", target=2,
      evidence="Cost estimate in the social registry pilot project document (development only); no estimate of "
               "running or replacement costs for any system; sustainability sections of the partner project documents "
               "(social registry pilot, cash transfer pilot) with no handover schedule or amounts agreed with the "
               "Ministry of Finance.",
      note="In 2.0 this indicator also covers the transition of partner-funded costs (the old D3.4, rated 1 by all "
           "nine voters in the first session)."),
    I("D3.3", "1 2 - 1 - 2 u 1 1 - - 1", expect=1, confidence="self_reported", target=2,
      evidence="Cash transfer MIS contract procured by the partner (silent on source code); NSSF system built by a "
               "local company, source code kept by LSSO on a server but never built in-house; no licence inventory."),
    # D4 Data governance, protection and safeguards
    I("D4.1", "2 2 2 2 1 2 1 2 1 2 2 -", expect=2, confidence="documented",
      evidence="Enrolment form of the cash transfer pilot (short notice and consent paragraph in Lao); NSSF "
               "registration form (no notice); welfare allowance forms (no notice)."),
    I("D4.2", "2 3 2 2 - 2 - 2 1 2 2 -", expect=1, confidence="verified", agreed=1, target=3,
      evidence="NSSF system user list and role profiles (shown on screen); change logs exist in the NSSF system, reads "
               "are not logged and no one reviews the logs; the welfare allowance lists are Excel files on shared "
               "office computers with no accounts; the pilot MIS uses one shared login per province.",
      rationale="NSSF alone meets level 2 (individual accounts, some roles). The welfare allowances are a core scheme "
                "and their lists can be opened and changed by anyone at the office with no record, which is level 1; "
                "under the rating rule the weakest core scheme sets the level.",
      note="Target set at 3 instead of the framework's 4 because the security policy (D8.3) is not in place yet.",
      said={"p09": "Province: the allowance lists are on the office computer; whoever sits there can change them."}),
    I("D4.3", "1 2 2 - u 1 1 1 1 1 1 -", expect=2, confidence="documented", agreed=2,
      evidence="NSSF clean-up of duplicate members (2024, one-off); no data dictionary for the social registry pilot; "
               "errors in welfare lists are found at payment time.",
      rationale="Most voted 1 because welfare list errors surface at payment time. The NSSF clean-up is the one-off "
                "cleaning exercise that level 2 names, and nothing is measured routinely, so level 2 holds and level 3 "
                "does not."),
    I("D4.4", "1 1 u 1 1 1 - u 1 1 1 -", expect=1, confidence="documented", target=2,
      evidence="No impact assessment on file for any system; the social registry pilot design document has a half-page "
               "risk table that does not cover privacy."),
    I("D4.5", "1 1 u 1 u 1 1 u 1 1 1 -", expect=1, confidence="self_reported", agreed=1,
      evidence="Poverty classification decree criteria applied by village committees; LECS poverty analysis by LSB; "
               "no study of who is left off the village poverty lists or the pilot's category rules.",
      rationale="Most of the room first wanted N/A because no targeting formula or automated decision is used yet. "
                "Exclusion monitoring cannot be N/A: the lists and category rules decide who is left out, and nobody "
                "measures it, which is level 1.",
      note="LSSO, LSB and the province said households are already left off village poverty lists. A first study of "
           "exclusion from the welfare lists is the obvious step to level 2."),
    I("D4.6", "2 3 2 2 2 2 3 2 2 2 2 -", expect=2, confidence="verified",
      evidence="LSSO annual report (members and contributions by province); LSB Statistical Yearbook, social chapter; "
               "no publication calendar and no written anonymisation rule."),
    I("D4.7", "1 2 1 1 1 2 1 1 1 1 1 -", expect=1, confidence="documented",
      evidence="No document states the purposes of the NSSF, health insurance or pilot databases; pilot lists were "
               "given to two partner surveys on request by letter, without checking the purpose for which the data "
               "were collected.",
      said={"p06": "MTC: the electronic data protection law already limits use to the declared purpose; it is not "
                   "applied here."}),
    I("D4.8", "1 - 1 - 1 2 - 1 1 1 1 -", expect=1, confidence="documented",
      evidence="Cash transfer pilot tablets record a fingerprint at enrolment (a vendor option switched on in 2025); no "
               "written purpose, no rule on what to do when a reading fails; when it fails, staff pay from the paper "
               "list.",
      said={"p09": "Province: older women often fail the fingerprint check; we note it on paper and pay anyway."}),
    I("D4.9", "1 1 1 1 1 2 1 - 1 1 1 -", expect=1, confidence="documented",
      evidence="Pilot enrolment form collects more than a hundred fields, several unused by the programme; no retention "
               "or deletion rule in any institution; records of people who left the pilot are kept indefinitely; "
               "consent is asked only in the pilot."),
    # D5 Identification and registries
    I("D5.1", "2 2 2 u 2 2 3 2 1 2 2 -", expect=1, confidence="documented", agreed=1,
      evidence="Birth registration figures from the Lao Social Indicator Survey; ID cards issued by the Ministry of "
               "Public Security to citizens aged 15 and over; the family book as the usual proof of household "
               "membership; no coverage figures from the ID database or civil registration reach the social "
               "protection institutions; applicants without a family book are turned away or helped case by case.",
      rationale="Most voted 2 thinking of the survey. The indicator rates what the social protection institutions "
                "obtain: they receive no figures from the ID or civil registration authorities and cannot say how "
                "many applicants lack an ID, which is level 1.",
      note="Coverage figures: none were available in the room; LSB will send the survey tables by province and age.",
      said={"p07": "LSB: coverage by province and age is published in the survey reports.",
            "p09": "Province: many children in remote villages are in the family book but have no birth certificate.",
            "p10": "Public Security: we can produce card counts by province if the ministry asks in writing."}),
    I("D5.2", "2 - 1 1 1 2 2 2 2 2 2 -", expect=2, confidence="documented", target=3,
      evidence="Social registry pilot concept note and enumerator manual; household survey completed in the pilot "
               "districts (2025); outside them, district poverty lists in Excel.",
      note="No update cycle has been decided for the pilot registry."),
    I("D5.3", "1 1 1 1 1 1 1 u 1 1 1 -", expect=1, confidence="documented", target=2,
      evidence="Separate databases at LSSO (NSSF), NHIB and MoLSW (pilot MIS, welfare lists); no list combines "
               "beneficiaries across schemes."),
    I("D5.4", "1 2 1 1 u 1 u 1 1 1 1 -", expect=2, confidence="documented", agreed=2,
      evidence="NSSF checks duplicate ID card numbers inside its own database; no check between NSSF, health "
               "insurance and welfare allowances.",
      rationale="The NSSF duplicate check is a check inside one programme database, which level 2 describes; there "
                "are no rules on combining benefits and no checks between programmes, so not level 3.",
      said={"p02": "LSSO: we find a few duplicate members every month and merge them."}),
    I("D5.5", "2 3 2 2 2 2 1 2 2 2 1 -", expect=2, confidence="documented", agreed=2, target=3,
      evidence="NSSF voluntary membership regulation for the self-employed; NSSF covers about 867,000 people while "
               "86.4 % of workers are informal (ILO country profile); contributions paid in cash at LSSO provincial "
               "branches or by bank transfer.",
      rationale="A registration path for informal and self-employed workers exists in all provinces, but payment is "
                "mostly in cash at offices and contribution regularity is not tracked; coverage stays very small. "
                "Level 2.",
      said={"p02": "LSSO: voluntary membership is open in every province.",
            "p07": "LSB: with 86.4 % of workers informal, the voluntary scheme reaches almost nobody.",
            "p11": "LFTU: the informal workers we organise have never been told they can join."}),
    I("D5.6", "2 2 1 1 1 1 1 2 1 1 - -", expect=2, confidence="documented", agreed=2,
      evidence="ID card required for NSSF registration (number typed in, card checked by eye); family book used by "
               "welfare programmes; no programme verifies numbers with the ID database of the Ministry of Public "
               "Security.",
      rationale="NSSF records the ID card number, which is level 2 ('some programmes record the ID number'), even "
                "though nobody checks it with the ID authority; most votes of 1 looked only at the welfare "
                "programmes.",
      said={"p10": "Public Security: we can confirm a number by letter today; an online check needs an agreement."}),
    # D6 Interoperability and architecture
    I("D6.1", "2 2 1 2 u 2 2 1 1 2 - -", expect=2, confidence="documented",
      evidence="System diagram in the social registry pilot inception report (2025), drawn by a consultant and not "
               "adopted; no description covering NSSF, NHIB and MoLSW systems together."),
    I("D6.2", "1 2 2 1 1 1 1 2 1 1 - -", expect=1, confidence="verified", agreed=1, target=2,
      evidence="Monthly Excel member file e-mailed from LSSO to NHIB; bank payment files for NSSF pensions; pilot "
               "lists copied by USB between MIS and registry; no API in production.",
      rationale="The regular exchanges are e-mailed spreadsheets and USB copies, which the descriptor places at level "
                "1. The bank payment files are file transfers, but level 2 also needs one or two APIs, and none is in "
                "production."),
    I("D6.3", "2 2 2 1 2 1 u 2 1 2 - -", expect=2, confidence="documented",
      evidence="LSSO-NHIB monthly member file (health insurance is the one link that works); no exchange with the tax "
               "department; deaths reach NSSF only when families bring the certificate."),
    I("D6.4", "3 2 3 u 3 2 3 u - 2 - -", expect=2, confidence="verified", agreed=2,
      evidence="LSB official list of province, district and village codes, used by the NSSF system, the health "
               "insurance system and the pilot MIS; LSB sends updates as files; no written master data rules for "
               "persons or households.",
      rationale="The votes of 3 rested on the location codes alone. Level 3 also needs master data rules naming the "
                "authoritative source for person and household data, and there are none; the shared location list, "
                "updated by file, is level 2."),
    I("D6.5", "1 1 1 1 1 1 1 2 1 1 - -", expect=1, confidence="self_reported", target=2,
      evidence="Each pilot has its own SMS tool and payment list template; the national payment switch run by the "
               "Bank of the Lao PDR is not used for social protection payments; national digital economy strategy "
               "documents prepared by MTC, with no passage on social protection systems.",
      note="In 2.0 this indicator also covers planning within e-government and shared components (the old D1.4, "
           "rated 1). No social protection representative sits in the digital government working group."),
    # D7 Digitised delivery chain
    I("D7.1", "2 2 2 2 1 2 2 2 1 - 2 -", expect=2, confidence="documented",
      evidence="Paper application forms at district labour and social welfare offices and LSSO branches; tablet "
               "enrolment in the cash transfer pilot districts."),
    I("D7.2", "2 2 2 2 1 u 2 u 1 - 2 -", expect=2, confidence="documented",
      evidence="NSSF benefit rules coded in the NSSF system and a membership card issued at registration; pilot MIS "
               "checks the category rules (pregnant women, children under two) in pilot districts and volunteers tell "
               "enrolled mothers when the first payment is due; welfare allowances decided on paper by district "
               "committees, with no written decision to the applicant."),
    I("D7.3", "2 3 2 2 2 2 u 3 1 - 2 -", expect=2, confidence="verified", agreed=2, target=3,
      evidence="Agreements between LSSO and the paying banks; NSSF pension payment files (monthly); welfare allowances "
               "and the pilot cash transfer paid in cash from printed lists.",
      rationale="NSSF pays most pensions into bank accounts under signed agreements, which would be level 3 for that "
                "scheme alone, while welfare allowances are paid in cash (level 1 for that scheme). The room departed "
                "from the weakest-scheme rule and recorded why: level 2 describes the system as it stands (some "
                "beneficiaries paid into accounts, one scheme), and the allowances are the gap to close first.",
      said={"p08": "Central bank: banks could receive all social protection payments through the national switch.",
            "p09": "Province: in our districts the allowances are still handed over in cash at the village."}),
    I("D7.4", "2 2 u 1 u - 2 2 1 - 2 -", expect=2, confidence="documented",
      evidence="LSSO reconciles monthly payment totals with each bank in Excel; cash payments of allowances are "
               "checked against signed paper lists, often months later."),
    I("D7.5", "1 1 1 u 1 - 1 1 1 - 1 -", expect=1, confidence="self_reported",
      evidence="Social workers keep notebooks and paper files; no case management tool in any programme."),
    I("D7.6", "2 2 2 1 1 2 2 2 1 - 2 -", expect=2, confidence="documented",
      evidence="NSSF hotline and complaint register (Excel) at LSSO; NHIB hotline; no grievance procedure for welfare "
               "allowances or the pilot transfer."),
    I("D7.7", "1 2 1 1 1 1 1 1 1 - 1 1", expect=1, confidence="documented",
      evidence="NSSF members can contest a benefit decision by letter to LSSO management; no written appeal route or "
               "deadline for welfare allowances or the pilot transfer; no decision letter says how to appeal.",
      said={"p11": "LFTU: members bring us NSSF disputes because they do not know where to appeal."}),
    I("D7.8", "2 2 2 2 - 2 2 - 2 - 2 -", expect=2, confidence="documented",
      evidence="Poverty classification by village committees using the decree criteria; category rules coded in the "
               "pilot MIS; disability screening tablet app in the pilot districts; no assessment method applied "
               "nationwide."),
    I("D7.9", "2 3 2 2 - 2 2 - 1 - 2 2", expect=2, confidence="documented",
      evidence="NSSF benefit formulas set in the Law on Social Security and coded in the NSSF system; welfare allowance "
               "amounts set by decree and never reviewed against system data; pilot transfer amount fixed in the "
               "project document."),
    I("D7.10", "2 2 2 1 2 2 - - 1 2 - -", expect=2, confidence="documented",
      evidence="NSSF stops a pension when the family reports the death; the pilot MIS ends the transfer at the child's "
               "second birthday; welfare lists revised once a year by village committees with no record of who left "
               "and why."),
    # D8 Infrastructure, security and operations
    I("D8.1", "2 3 2 2 u 2 - u 1 2 - -", expect=2, confidence="documented",
      evidence="LSSO server room with generator and a nightly backup copied to a second building; pilot MIS on a "
               "vendor cloud under the partner contract; provincial welfare data on office PCs; no restore test on "
               "record; no continuity plan seen in the room.",
      note="In 2.0 this indicator also covers continuity (the old D8.4). LSSO's IT Centre mentioned a draft "
           "continuity procedure that no one in the room had seen; it will send it after the workshop.",
      said={"p02": "LSSO: our backup is off site and we restored a table last year.",
            "p09": "Province: our files are on one computer with no backup."}),
    I("D8.2", "2 2 1 u 2 2 u 2 1 2 - -", expect=2, confidence="documented",
      evidence="Offline tablet app of the cash transfer pilot with later synchronisation (pilot districts); other "
               "districts send paper forms or USB sticks to the province.",
      said={"p09": "Province: synchronisation often fails and the data are entered again by hand."}),
    I("D8.3", "- 2 2 - 2 2 2 2 1 2 - -", expect=2, confidence="self_reported",
      evidence="LaoCERT advisories received by LSSO; firewall, antivirus and individual accounts at LSSO and NHIB; "
               "draft security policy at LSSO (2025); no security policy, draft or approved, for MoLSW systems."),
    I("D8.5", "1 1 1 1 - 1 u 2 1 1 - -", expect=1, confidence="self_reported", target=2,
      evidence="Pilot MIS vendor contract has no service levels; help requests reach the LSSO IT Centre by phone and "
               "are not logged."),
    # D9 People and capabilities
    I("D9.1", "2 2 2 1 2 2 2 u 1 - 2 -", expect=2, confidence="documented",
      evidence="LSSO IT Centre staffing table (approved posts, most filled); MoLSW ICT unit with three posts; the pilot "
               "MIS is run by a consultant paid by the project."),
    I("D9.2", "2 2 2 - 1 2 u 2 1 - 2 -", expect=2, confidence="documented",
      evidence="Vendor training at the launch of the cash transfer pilot (2024); NSSF user manual; provincial staff "
               "learn from colleagues; no training records."),
    I("D9.3", "1 2 1 1 1 1 1 u 1 - 1 -", expect=1, confidence="self_reported", target=2,
      evidence="Roll-out of the cash transfer pilot: one vendor session at launch, no communication or training plan, "
               "no procedure updated; paper forms and registers kept in parallel with no end date."),
    I("D9.4", "1 3 2 u u 1 1 1 1 - 2 -", expect=2, confidence="documented", agreed=2,
      evidence="LSSO in-house team changes NSSF reports and rules; MoLSW needs the vendor for any change to the pilot "
               "MIS and does not hold its administrator accounts.",
      rationale="LSSO staff operate and change the NSSF system themselves, which is level 3 for that system, while "
                "MoLSW depends entirely on the vendor. The room settled on 2.",
      said={"p02": "LSSO: we wrote most of the NSSF reports ourselves."}),
    # D10 Inclusion, accountability and use of data
    I("D10.1", "2 2 - 2 2 2 2 2 1 - 2 2", expect=2, confidence="self_reported",
      evidence="Village volunteers help with enrolment in the pilot districts; elsewhere help depends on village heads "
               "and district staff; no instruction tells staff to assist applicants.",
      said={"p09": "Province: outside the pilot there is no help at all for people who cannot read the form."}),
    I("D10.2", "1 1 1 1 1 1 1 1 1 - 1 1", expect=1, confidence="self_reported", target=2,
      evidence="No accessibility standard or test of any form or channel; offices reached by stairs in several "
               "districts."),
    I("D10.3", "2 2 2 1 u 1 1 u 1 - 2 2", expect=2, confidence="documented", agreed=2,
      evidence="NSSF monthly member reports produced by its system; quarterly welfare figures compiled from provincial "
               "Excel returns; indicators have no written definitions; NSSF actuarial valuation and the costing of the "
               "National Social Protection Strategy measures, both made with partners.",
      rationale="One scheme produces standard reports from its system and some analyses used them, but figures are "
                "mostly compiled by hand and budgets are not prepared from them: level 2. The old D10.4 (use of data "
                "in decisions) is part of this indicator in 2.0 and was also rated 2.",
      said={"p01": "MoLSW: the strategy's costing used our data.",
            "p04": "MoF: budget ceilings for welfare are set from last year's allocation."}),
    I("D10.5", "- 1 1 1 1 1 1 1 1 - 1 1", expect=1, confidence="self_reported",
      evidence="NSSF complaint register (individual cases); no analysis of complaints or beneficiary surveys."),
    I("D10.6", "1 1 - 1 1 1 1 1 1 1 1 -", expect=1, confidence="documented",
      evidence="Forms and notices exist only in Lao; Hmong and Khmu speakers rely on village heads to translate; no "
               "recorded or spoken material in other languages."),
    I("D10.7", "2 2 2 2 - 2 3 - 2 - 2 -", expect=2, confidence="documented",
      evidence="NSSF and LSB tables by sex; the pilot pays the mother; welfare lists record the head of household only, "
               "so women's receipt of allowances cannot be counted.",
      said={"p07": "LSB: the survey shows who in the household holds the money; the registries cannot."}),
    # D11 Social insurance administration
    I("D11.1", "2 2 2 2 - - 2 - - - 2 3", expect=2, confidence="documented",
      evidence="Employers register at LSSO provincial branches on paper; large employers in Vientiane Capital send their "
               "monthly lists of workers and contributions as Excel files by e-mail, the others hand in paper; LSSO "
               "staff key them in; the employer register is not compared with the Tax Department register.",
      said={"p12": "LNCCI: our members would file online; today most queue at the branch every month."}),
    I("D11.2", "2 2 2 1 - - 2 - 2 - 1 2", expect=2, confidence="documented",
      evidence="Arrears per employer shown in the NSSF system; reminder letters sent by branches; no matching of "
               "employer payrolls with the Tax Department register; inspections only after complaints.",
      said={"p11": "LFTU: workers find out that their employer did not pay when they claim a benefit."}),
    I("D11.3", "3 3 2 - - - 3 - - - 2 3", expect=2, confidence="verified", agreed=2,
      evidence="Individual contribution histories held in the NSSF system for members registered since it went live; "
               "pensions calculated by the system from those histories; older periods on paper for long-standing "
               "members; members recorded under an ID card or a family book number.",
      rationale="LSSO and LNCCI voted 3 for the system's calculation, but level 3 needs a record for every insured "
                "person keyed on the national ID. Records are electronic only for recent periods and the ID link is "
                "not reliable, which is level 2.",
      said={"p02": "LSSO: the calculation is automatic; the paper years are the problem."}),
    I("D11.4", "n u n n n n n - n - 1 -", expect="na", confidence="self_reported",
      evidence="No social security agreement with a country of destination; migrant workers abroad cannot contribute to "
               "the NSSF from there.",
      note="Most of the room said N/A because there is no agreement to administer. The facilitator recorded it but "
           "flagged it: with many Lao workers abroad, the absence of any arrangement is level 1, not N/A. Rate it "
           "next round.",
      said={"p11": "LFTU: our members working abroad lose years of contributions; that is not 'not applicable'."}),
    # D12 Shock-responsive and adaptive social protection
    I("D12.1", "1 1 - 1 - 1 1 - 1 1 1 -", expect=2, confidence="documented", agreed=2, target=3,
      evidence="The social registry pilot holds every surveyed household of the pilot districts, beneficiaries or "
               "not; outside them, only village poverty lists; no procedure or form to enrol affected households "
               "after a flood or a price shock.",
      rationale="Most voted 1, thinking of the poverty lists. The pilot registry does hold households beyond "
                "current beneficiaries, which is level 2; with no agreed emergency enrolment procedure it is not 3."),
    I("D12.2", "1 2 - 1 - - - 2 1 - - -", expect=1, confidence="self_reported",
      evidence="Pilot transfer and welfare allowances paid in cash from printed lists; no procedure for a top-up or a "
               "one-off payment to new households; NSSF pension accounts could receive a top-up but none has been "
               "planned.",
      said={"p08": "Central bank: the switch could carry an emergency payment in days if the lists existed."}),
    I("D12.3", "u u - u u u u - 1 - u -", expect="unknown",
      note="No one from the disaster management side attended, and the room could not say whether any early-warning "
           "trigger or contingency fund refers to social protection. The facilitator will invite them next round."),

]

# ---------------------------------------------------------------------------
# Tajikistan, baseline 2026. The session ran in Russian (lang=ru), so the
# evidence, notes, rationales and remarks below are in Russian.
# Participants: t01 MoHSPP, t02 MoLME, t03 ASIP, t04 MoF, t05 Tax Committee,
# t06 civil registry (anonymous), t07 Rudaki district department, t08 NBT,
# t10 Ministry of Internal Affairs (passports), t11 Federation of Independent
# Trade Unions of Tajikistan, t12 Union of Employers of the Republic of Tajikistan.
# ---------------------------------------------------------------------------
TAJIKISTAN_2026 = [
    # D1 Policy and legal mandate
    I("D1.1", "3 2 2 2 u 2 2 2 2 2 2", expect=2, confidence="documented", target=3,
      evidence="Национальная стратегия развития до 2030 года и Концепция цифровой экономики (2019), где цифровые "
               "социальные услуги упомянуты в общих словах; дорожная карта цифровизации МЗСЗН, подготовленная при "
               "поддержке партнёров (2025), не утверждена и не просчитана.",
      said={"t01": "МЗСЗН: дорожная карта готова и ждёт только подписи министра."}),
    I("D1.2", "3 2 3 2 2 2 2 u 2 2 2", expect=2, confidence="documented",
      evidence="Постановление Правительства о порядке оказания адресной социальной помощи (АСП) требует проверять "
               "сведения заявителей в других ведомствах; ни один акт не называет данные, цели и меры защиты для "
               "потоков из АССП, Налогового комитета и органов ЗАГС.",
      said={"t10": "МВД: сведения из базы паспортов мы даём только по официальному запросу, каждый раз отдельно."}),
    I("D1.3", "2 3 2 u 2 2 2 2 2 2 2", expect=2, confidence="documented",
      evidence="Закон о защите персональных данных (2018); участники не смогли назвать уполномоченный орган или "
               "подзаконные акты; внутреннего приказа о защите данных в МЗСЗН нет.",
      said={"t03": "АССП: в 2023 году мы приняли внутренний приказ о конфиденциальности пенсионных дел."}),
    I("D1.5", "2 2 3 2 3 2 2 2 2 2 2", expect=2, confidence="documented",
      evidence="Положение о паспорте (персональный номер в паспорте, выдаёт МВД); в заявлении на АСП записывается "
               "номер паспорта или свидетельства о рождении; АССП использует свой страховой номер, Налоговый комитет — "
               "ИНН. Ни один акт не делает единый идентификатор общим для всех программ.",
      said={"t05": "Налоговый комитет: ИНН уже есть у каждого работающего взрослого и мог бы стать связующим ключом."}),
    # D2 Institutional governance and coordination
    I("D2.1", "3 2 2 2 2 2 2 u 2 2 2", expect=2, confidence="documented",
      evidence="Приказ МЗСЗН о создании межведомственной рабочей группы по АСП; протоколы двух её заседаний в 2025 "
               "году; Налоговый комитет, органы ЗАГС и МВД в неё не входят."),
    I("D2.2", "3 3 3 2 3 u 2 3 3 3 3", expect=3, confidence="verified", target=4,
      evidence="Приказ МЗСЗН, назначающий управление АСП бизнес-владельцем Национального регистра социальной защиты "
               "(НРСЗ), а ИТ-центр министерства — техническим владельцем; устав АССП в части пенсионной системы.",
      said={"t07": "Район: мы до сих пор не знаем, кто решает по изменениям, о которых просят районы."}),
    I("D2.3", "2 2 3 2 2 2 u 2 2 2 2", expect=2, confidence="verified", target=3,
      evidence="Протокол между МЗСЗН и АССП о пенсионных данных для проверки права на АСП (2019, перечень полей в "
               "приложении); списки из Налогового комитета и органов ЗАГС получают по официальному письму."),
    I("D2.4", "3 2 3 3 2 2 1 2 3 3 3", expect=3, confidence="documented", agreed=3,
      evidence="Операционное руководство по АСП (роли национального, областного и районного уровней) применяется во "
               "всех районах; ежеквартальные координационные совещания с областными управлениями.",
      rationale="Утверждённое руководство определяет роли каждого уровня и применяется во всех районах — это уровень 3. "
                "Оценка района «1» относится к отсутствию обратной связи с местными отделами, а это требование "
                "уровня 4.",
      said={"t07": "Район: мы каждый месяц отправляем данные наверх и ничего не получаем обратно, даже свои цифры."}),
    I("D2.5", "2 2 2 2 u u 2 2 2 2 2", expect=2, confidence="documented",
      evidence="Протоколы координационной группы партнёров по развитию в сфере социальной защиты; две системы, "
               "построенные отдельно на средства партнёров (модернизация НРСЗ, пилотная база социальных услуг)."),
    I("D2.6", "2 2 2 - 2 - 1 - - 2 2", expect=2, confidence="documented",
      evidence="Федерация независимых профсоюзов Таджикистана и Объединение работодателей Республики Таджикистан "
               "входят в Трёхстороннюю комиссию по регулированию социально-трудовых отношений; по протоколам, "
               "информационные системы социальной защиты там ни разу не обсуждались; организации получателей "
               "помощи не привлекаются.",
      note="Не выше уровня 2 по правилу индикатора: трёхсторонний орган обсуждает пособия и взносы, но не системы.",
      said={"t11": "Профсоюзы: о переходе на электронные декларации работники узнали от бухгалтеров, а не от нас.",
            "t12": "Работодатели: нас спрашивают о ставках налога, но никогда — о том, как подавать данные."}),
    # D3 Financing and sustainability
    I("D3.1", "3 2 3 1 2 - 2 u - - 2", expect=2, confidence="documented", agreed=2, target=3,
      evidence="Бюджет МЗСЗН на 2026 год (зарплата ИТ-центра, связь районов); сопровождение программного обеспечения "
               "НРСЗ оплачивает проект партнёра; АССП финансирует свою систему из собственного административного "
               "бюджета.",
      rationale="Часть текущих расходов есть в бюджете министерства, но сопровождение НРСЗ всё ещё зависит от проекта — "
                "уровень 2; у одной АССП уровень был бы выше, но по правилу оценку задаёт самая слабая из основных "
                "программ.",
      said={"t04": "Минфин: отдельной строки на эксплуатацию регистра, на которую можно было бы указать, нет."}),
    I("D3.2", "2 2 2 1 u 2 2 2 - - 2", expect=2, confidence="self_reported",
      evidence="Оценка полной стоимости НРСЗ в документе оценки проекта партнёра (2021), с тех пор не обновлялась; "
               "по другим системам оценок нет; план завершения проекта НРСЗ (сопровождение переходит к МЗСЗН) без "
               "графика и сумм, согласованных с Министерством финансов.",
      note="В версии 2.0 индикатор охватывает и переход расходов, которые сейчас несут партнёры (прежний D3.4)."),
    I("D3.3", "2 2 3 2 2 - 2 2 - - 2", expect=2, confidence="documented",
      evidence="Исходный код НРСЗ передан МЗСЗН на диске по окончании первой фазы проекта, государственного "
               "репозитория нет; АССП хранит код своей системы, разработанной местной компанией."),
    # D4 Data governance, protection and safeguards
    I("D4.1", "2 2 2 2 2 2 1 2 2 2 -", expect=2, confidence="documented",
      evidence="В заявлении на АСП есть заявление на таджикском и русском языках о том, что сведения могут быть "
               "проверены; отдельного уведомления о целях обработки и получателях данных нет."),
    I("D4.2", "3 2 3 u 2 2 2 2 2 2 -", expect=2, confidence="verified", target=3,
      evidence="Матрица ролей НРСЗ (районный специалист, областной куратор, центральный администратор) показана на "
               "экране; изменения журналируются, просмотры — нет; журналы никто не проверяет; часть районных учётных "
               "записей общие."),
    I("D4.3", "2 2 3 2 2 u 2 2 2 2 -", expect=2, confidence="documented", target=3,
      evidence="Проверки при вводе в НРСЗ (формат номера паспорта, обязательные поля); чистка данных в 2024 году; "
               "показатели качества данных не публикуются."),
    I("D4.4", "u u 2 u 1 u 1 u 2 2 -", expect=2, confidence="documented", agreed=2,
      evidence="Закон о защите персональных данных (2018); оценка воздействия портала АССП, проведённая по просьбе "
               "партнёра (2024).",
      rationale="Большинство сначала хотело отметить «неприменимо», считая, что закон не требует оценок воздействия. "
                "Для этого индикатора «неприменимо» не допускается. Оценка портала АССП — одна оценка, сделанная по "
                "просьбе партнёра, без национальной методики: это ровно уровень 2.",
      note="Фасилитатор предложил к следующему раунду подготовить национальную методику оценки воздействия."),
    I("D4.5", "3 2 2 2 u 2 1 - 2 2 -", expect=2, confidence="documented", agreed=2,
      evidence="Методика проверки нуждаемности по косвенным признакам для АСП (формула и веса задокументированы); "
               "оценка точности адресности АСП при поддержке партнёра (2023); регулярного анализа исключения нет.",
      rationale="Формула задокументирована, и есть одна оценка ошибок адресности, но регулярного мониторинга нет: "
                "уровень 2.",
      said={"t01": "МЗСЗН: формулу пересчитывают, когда выходят новые данные обследования бюджетов домохозяйств.",
            "t07": "Район: семьи, которым формула отказала, возвращаются к нам, а нам нечего им предложить."}),
    I("D4.6", "2 - 3 2 2 2 2 2 2 2 -", expect=2, confidence="verified",
      evidence="Таблицы статистического ежегодника по пенсиям и социальной помощи (Агентство по статистике); годовой "
               "отчёт МЗСЗН; цифры публикуются раз в год в PDF, правила обезличивания нет."),
    I("D4.7", "2 1 1 1 1 1 1 1 1 - -", expect=1, confidence="documented",
      evidence="Ни один документ не определяет цели использования данных НРСЗ; выгрузки передавались по письму для "
               "исследований и для проверок, без сверки с целью, для которой данные собирались.",
      said={"t01": "МЗСЗН: каждую выгрузку подписывает заместитель министра — это и есть наша проверка."}),
    I("D4.8", "2 - 2 - - 2 2 2 2 - -", expect=2, confidence="documented",
      evidence="Биометрия в программах не используется; личность проверяется по паспорту: в районе — по копии, в "
               "банке — при выдаче. Договор со сберегательным банком допускает получение по доверенности, и банк "
               "указывает число отказов в выдаче в ежемесячном отчёте; в самом МЗСЗН порядка на случай, если "
               "паспорт утерян или просрочен, нет, и отказы в районах не учитываются.",
      note="Оценено по правилу индикатора: биометрии нет, поэтому оценивается фактически применяемая проверка личности.",
      said={"t07": "Район: пожилым без действующего паспорта мы помогаем через джамоат, но это нигде не записано."}),
    I("D4.9", "1 1 2 1 1 1 1 - 1 1 -", expect=1, confidence="documented",
      evidence="Перечня персональных данных по системам нет; в НРСЗ хранятся все заявки, включая отклонённые, без "
               "срока хранения; выгрузки в Excel хранятся в районах и у партнёров; согласие не запрашивается."),
    # D5 Identification and registries
    I("D5.1", "3 2 3 u 3 2 1 2 2 2 -", expect=2, confidence="documented", agreed=2,
      evidence="Охват взрослых паспортами по данным МВД; регистрация рождений по данным обследований домохозяйств; "
               "разбивки по районам, возрасту и полу не публикуются.",
      rationale="Охват взрослых высокий, но у детей мигрантов известный пробел, а данные об охвате не публикуются "
                "регулярно: уровень 2.",
      said={"t07": "Район: у детей вернувшихся мигрантов часто нет свидетельства о рождении."}),
    I("D5.2", "3 3 3 3 3 3 2 3 2 2 -", expect=2, confidence="verified", agreed=2, target=3,
      evidence="Отчёт об охвате НРСЗ по районам (2025); положение об АСП устанавливает цикл повторной подачи "
               "заявлений; регистр работает для АСП во всех районах.",
      rationale="Почти все проголосовали за 3, потому что регистр работает во всех районах. Но уровень 3 требует, "
                "чтобы регистр обслуживал хотя бы основные программы, а в НРСЗ есть только заявители на АСП, и "
                "другие программы его не используют. Выполнены только условия уровня 2.",
      note="Регистр содержит только заявителей на АСП; другие программы его пока не используют."),
    I("D5.3", "2 2 2 2 u u 2 u 2 2 -", expect=2, confidence="documented", target=3,
      evidence="Базы НРСЗ и АССП раздельные; разовое сопоставление получателей АСП с пенсионерами сделано для "
               "исследования в 2024 году."),
    I("D5.4", "3 2 2 u 2 2 2 - 2 2 -", expect=2, confidence="documented",
      evidence="НРСЗ не принимает второе заявление с тем же номером паспорта; сверка АСП и пенсий файлом два раза в "
               "год; выявленные случаи разбираются по одному."),
    I("D5.5", "2 1 3 2 2 - u 2 2 2 -", expect=2, confidence="documented", agreed=2,
      evidence="Положения Налогового кодекса о социальном налоге индивидуальных предпринимателей, работающих по "
               "патенту или свидетельству; пути регистрации для трудовых мигрантов за рубежом нет; АССП учитывает "
               "держателей патентов как застрахованных.",
      rationale="Самозанятые с патентом регистрируются через налоговую систему, но у мигрантов и большинства "
                "неформально занятых практического пути нет, а регулярность взносов не отслеживается: уровень 2.",
      said={"t02": "МТМЗН: сотни тысяч мигрантов за рубежом не имеют возможности платить взносы.",
            "t03": "АССП: каждый держатель патента застрахован у нас — это национальная процедура.",
            "t11": "Профсоюзы: неформально занятые, которых мы объединяем, не знают, что могут платить сами."}),
    I("D5.6", "2 2 2 - 2 2 2 - 2 - -", expect=2, confidence="documented",
      evidence="В районах АСП сверяют копии паспортов на глаз, запросов в базу паспортов нет; АССП записывает номер "
               "паспорта, но не проверяет его; порядка для людей без документов нет.",
      said={"t10": "МВД: сервис проверки номера можно открыть, если министерство направит официальный запрос."}),
    # D6 Interoperability and architecture
    I("D6.1", "2 2 2 2 2 - - 2 2 - -", expect=2, confidence="documented",
      evidence="Техническая документация НРСЗ от разработчика; схема архитектуры в проекте дорожной карты "
               "цифровизации (2025), не утверждена."),
    I("D6.2", "2 2 2 2 2 2 1 2 2 - -", expect=2, confidence="verified", target=3,
      evidence="Ежемесячный CSV-файл из АССП в НРСЗ; платёжные файлы между НРСЗ и сберегательным банком; один "
               "веб-сервис банка для статуса карт; спецификаций API у государства нет."),
    I("D6.3", "2 2 3 u 2 2 2 - 2 - -", expect=2, confidence="documented", target=3,
      evidence="Ежеквартальный файл Налогового комитета используется при проверках АСП; сведения о смертях органы "
               "ЗАГС передают бумажными списками; обмен с медицинским страхованием — только пилот.",
      said={"t06": "ЗАГС: мы могли бы передавать сведения о смертях в электронном виде, если нас официально попросят."}),
    I("D6.4", "- 2 2 2 2 3 2 - 2 - -", expect=2, confidence="documented",
      evidence="Классификатор административно-территориальных единиц (Агентство по статистике); НРСЗ и АССП "
               "кодируют районы и джамоаты по-разному; два списка сверяются вручную."),
    I("D6.5", "2 2 2 2 u 2 2 2 2 - -", expect=2, confidence="documented",
      evidence="АСП и пенсии выплачиваются через сберегательный банк и национальную платёжную систему «Корти Милли»; у "
               "каждой системы свои SMS-уведомления и своя проверка личности; Концепция цифровой экономики (2019) "
               "относит социальные услуги к приоритетам, но роли с органом электронного правительства не "
               "согласованы.",
      note="В версии 2.0 индикатор охватывает и планирование в рамках электронного правительства (прежний D1.4)."),
    # D7 Digitised delivery chain
    I("D7.1", "3 3 3 u 3 3 2 3 - 3 -", expect=3, confidence="verified", target=4,
      evidence="Форма заявления на АСП утверждена положением об АСП; заявления вводятся в НРСЗ в джамоатах и районных "
               "отделах социальной защиты во всех районах."),
    I("D7.2", "3 2 3 3 3 u 3 u - 2 -", expect=2, confidence="verified", agreed=2, target=3,
      evidence="Проверка нуждаемности по косвенным признакам заложена в НРСЗ; решения о назначении печатаются из "
               "системы, ручные изменения районной комиссии записываются с причиной; в письме нет причин отказа и "
               "порядка обжалования; о сроках и способе выплаты специалист рассказывает устно, в системе это не "
               "отмечается.",
      rationale="Правила применяются системой одинаково во всех районах, и решения журналируются — это первая часть "
                "уровня 3. Но уровень 3 требует также уведомления с причинами и порядком обжалования и "
                "зафиксированного в системе шага приёма в программу; их нет, поэтому уровень 2."),
    I("D7.3", "3 2 3 2 u 2 2 3 - 2 -", expect=2, confidence="documented", agreed=2, target=3,
      evidence="Соглашение между МЗСЗН и сберегательным банком; списки на выплату АСП передаются файлами каждый цикл; "
               "большинство получателей АСП получают наличные в отделениях банка, пенсии идут на национальные карты.",
      rationale="АСП выплачивается по подписанному соглашению и через стандартный файл, но большинство получателей "
                "всё ещё снимают наличные в отделении, а не получают деньги на счёт: уровень 2.",
      said={"t08": "НБТ: больше половины пенсионеров уже получают пенсию на карту."}),
    I("D7.4", "2 2 3 2 - - 2 3 - 2 -", expect=2, confidence="documented", target=3,
      evidence="Сберегательный банк возвращает суммы выплаченного и невыплаченного по районам; МЗСЗН сверяет их в "
               "Excel через один-два месяца после цикла."),
    I("D7.5", "2 2 - 2 - u 2 2 - 2 -", expect=2, confidence="documented",
      evidence="Дела по социальным услугам ведутся в Excel в районных отделах; модуль ведения случаев пилотируется в "
               "двух районах при поддержке партнёра."),
    I("D7.6", "3 2 2 u 2 2 1 2 - 2 -", expect=2, confidence="documented", agreed=2,
      evidence="Журнал горячей линии МЗСЗН (Excel); бумажные журналы жалоб в районных отделах; сроков ответа нет.",
      rationale="Горячая линия и журналы есть, но жалобы не отслеживаются до закрытия и сроков нет: уровень 2. "
                "Оценка МЗСЗН «3» учитывала только горячую линию.",
      said={"t07": "Район: наш бумажный журнал никто не забирает и не читает."}),
    I("D7.7", "2 2 2 - - - 2 - - 1 -", expect=2, confidence="documented",
      evidence="Решения по АСП обжалуются в районной комиссии, решения по пенсиям — в АССП; обжалования записываются "
               "в бумажные журналы; сроков рассмотрения и сведений о результатах нет.",
      said={"t11": "Профсоюзы: работники приходят к нам, потому что не знают, куда обжаловать расчёт пенсии."}),
    I("D7.8", "3 2 3 - - - 2 - - - -", expect=2, confidence="documented", agreed=2,
      evidence="Методика проверки нуждаемности по косвенным признакам утверждена и применяется НРСЗ во всех районах; "
               "инвалидность устанавливают медико-социальные экспертные комиссии на бумаге, результаты вводятся "
               "вручную.",
      rationale="Формула АСП отвечает уровню 3, но по правилу индикатора самая слабая из применяемых методик задаёт "
                "уровень: оценка инвалидности ведётся на бумаге, поэтому 2."),
    I("D7.9", "2 2 3 2 - - 2 - - - -", expect=2, confidence="documented",
      evidence="Размер АСП на семью установлен положением и заложен в НРСЗ; индексация вносится вручную скриптом "
               "разработчика; пенсии рассчитывает система АССП; услуги к пособию не привязываются."),
    I("D7.10", "2 2 2 - - 2 1 - - - -", expect=2, confidence="documented",
      evidence="Положение об АСП устанавливает цикл повторной подачи заявлений; причины прекращения не кодируются; "
               "о смертях районы узнают из бумажных списков ЗАГС или от соседей; письменного уведомления о "
               "прекращении нет."),
    # D8 Infrastructure, security and operations
    I("D8.1", "3 2 3 3 3 - 2 3 2 - -", expect=2, confidence="documented", agreed=2, target=3,
      evidence="НРСЗ размещён в серверной МЗСЗН с ИБП; еженедельная резервная копия хранится в другом здании; "
               "восстановление за последние 12 месяцев не проверялось; районы держат бумажные списки на случай сбоя "
               "выплат АСП; плана непрерывности для НРСЗ нет.",
      rationale="Размещение и внешние резервные копии есть, но восстановление за последний год не проверялось, а "
                "плана непрерывности нет; уровень 3 требует и того и другого: уровень 2.",
      note="В версии 2.0 индикатор охватывает и непрерывность (прежний D8.4, оценённый в 2)."),
    I("D8.2", "2 2 2 u 2 2 1 2 2 - -", expect=2, confidence="documented",
      evidence="Районные отделы подключены через мобильный интернет; веб-приложению НРСЗ нужна постоянная связь; "
               "отдалённые джамоаты привозят бумажные заявления в район."),
    I("D8.3", "2 - 3 2 3 - u 2 2 - -", expect=2, confidence="documented",
      evidence="Проект политики информационной безопасности в МЗСЗН; утверждённые политики в АССП и Налоговом "
               "комитете; ответственный за безопасность НРСЗ не назначен."),
    I("D8.5", "- 1 2 - 2 2 1 2 2 - -", expect=2, confidence="self_reported",
      evidence="Служба поддержки ИТ-центра записывает обращения в таблицу; уровней обслуживания в договоре на "
               "сопровождение НРСЗ нет."),
    # D9 People and capabilities
    I("D9.1", "2 2 3 2 2 u 2 u - 2 -", expect=2, confidence="documented",
      evidence="Штатное расписание ИТ-центра МЗСЗН (несколько вакансий); двух разработчиков НРСЗ оплачивает проект "
               "партнёра; в АССП свой ИТ-отдел."),
    I("D9.2", "3 3 3 3 - - 2 3 - 3 -", expect=3, confidence="documented", agreed=3, target=4,
      evidence="Руководство пользователя НРСЗ на таджикском и русском; обучение районных специалистов по АСП до "
               "выдачи учётной записи; записи об обучении по всем областям (2024-2025).",
      rationale="Есть программа, руководства и записи об обучении по всем областям, новые специалисты обучаются до "
                "получения доступа — это уровень 3. Оценка района «2» касается отсутствия повторного обучения, а это "
                "уже уровень 4.",
      said={"t07": "Район: курс хороший, но повторного обучения после обновлений системы не было ни разу."}),
    I("D9.3", "2 2 2 2 u 2 1 - - 2 -", expect=2, confidence="self_reported",
      evidence="Внедрение обновления НРСЗ (2024): план коммуникации и обучение от проекта; районные процедуры "
               "обновлены через год; бумажные журналы всё ещё ведутся."),
    I("D9.4", "2 2 3 u 3 u 2 u - 2 -", expect=2, confidence="documented",
      evidence="Отчёты ИТ-центра об изменениях и учётные записи пользователей; любое изменение правил проверки "
               "нуждаемности требует разработчика поставщика."),
    # D10 Inclusion, accountability and use of data
    I("D10.1", "3 2 - - 3 2 2 2 - 2 2", expect=2, confidence="self_reported",
      evidence="Районные специалисты заполняют заявления за тех, кому нужна помощь; письменного указания помогать "
               "заявителям нет; в джамоатах помощь зависит от конкретного сотрудника."),
    I("D10.2", "2 1 2 - 1 1 1 1 - 1 1", expect=1, confidence="self_reported",
      evidence="Стандарта доступности нет; приспособлены только помещения медико-социальной экспертизы; портал АССП "
               "не проверялся с участием людей с инвалидностью."),
    I("D10.3", "3 3 3 2 3 u 2 u - 2 2", expect=2, confidence="verified", agreed=2, target=3,
      evidence="Ежемесячный отчёт по АСП из НРСЗ (получатели по районам и полу главы семьи), ежеквартально "
               "сверяемый с платёжными данными Министерства финансов; предложения по пересмотру размера АСП; анализы "
               "делаются с партнёрами, а не регулярно. Цифры, приведённые в зале (около 4 % ВВП на социальную "
               "защиту, 26,6 % населения охвачены хотя бы одним пособием), взяты из страновой справки МОТ, а не из "
               "систем министерства.",
      rationale="Большинство голосовало за 3, опираясь на ежемесячный отчёт. Но уровень 3 требует утверждённого "
                "набора показателей с разбивкой по полу, возрасту, инвалидности и территории для основных программ и "
                "регулярного анализа, сопровождающего бюджетную заявку. Отчёт охватывает только АСП и только пол "
                "главы семьи, анализ делается от случая к случаю: уровень 2."),
    I("D10.5", "2 2 u 2 - u 1 - - 2 2", expect=2, confidence="self_reported",
      evidence="Журнал горячей линии и опрос удовлетворённости получателей 2024 года на средства партнёра; результаты "
               "руководство не обсуждало."),
    I("D10.6", "2 2 - - 2 2 2 2 - 2 -", expect=2, confidence="documented",
      evidence="Формы и SMS на таджикском и русском; материалов на узбекском или киргизском языках для районов, где "
               "на них говорят, нет."),
    I("D10.7", "2 2 2 - - - 2 - - 2 -", expect=2, confidence="documented",
      evidence="Отчёт по АСП даёт разбивку только по полу главы семьи, выплата идёт главе семьи; в системе АССП у "
               "каждого застрахованного указан пол, пенсия выплачивается на имя самого пенсионера, данные по полу "
               "АССП готовит по запросу; общего правила о получателе-женщине нет.",
      said={"t07": "Район: в семьях мигрантов деньги получает жена или свекровь, но в отчёте этого не видно."}),
    # D11 Social insurance administration
    I("D11.1", "- 2 2 2 2 - - - - 2 3", expect=2, confidence="documented",
      evidence="Работодатели декларируют социальный налог в Налоговом комитете; крупные налогоплательщики подают "
               "декларации электронно, остальные — на бумаге; декларация содержит итоговые суммы, поимённые списки "
               "работников попадают в АССП раз в год.",
      said={"t12": "Работодатели: малые предприятия подали бы электронно, если бы была помощь при заполнении."}),
    I("D11.2", "- 2 2 2 3 - - - - 1 2", expect=2, confidence="documented",
      evidence="Задолженность по социальному налогу видна в системе Налогового комитета по каждому работодателю; АССП "
               "не видит, за каких работников не заплачено; проверки назначаются по плану Налогового комитета без "
               "данных АССП.",
      said={"t11": "Профсоюзы: работник узнаёт о неуплате взносов, только когда приходит за пенсией."}),
    I("D11.3", "- 2 2 - 2 - - - - 2 2", expect=2, confidence="verified",
      evidence="Персонифицированный учёт АССП ведётся в системе за последние годы; пенсии рассчитываются системой; "
               "более ранний стаж восстанавливается по трудовым книжкам при обращении.",
      said={"t03": "АССП: ввод старых периодов идёт медленно, потому что архивы предприятий утрачены."}),
    I("D11.4", "- 1 1 - - - 1 - - 1 -", expect=1, confidence="self_reported",
      evidence="Участники не знали ни одного действующего механизма, который позволял бы засчитать периоды работы в "
               "основных странах назначения в таджикский стаж; периоды за рубежом подтверждаются только документами, "
               "которые приносит сам работник; система АССП не может их записать.",
      said={"t02": "МТМЗН: это главная проблема для наших трудовых мигрантов.",
            "t11": "Профсоюзы: мигранты возвращаются к пенсионному возрасту без стажа."}),
    # D12 Shock-responsive and adaptive social protection
    I("D12.1", "1 1 - - - - 1 - - - -", expect=2, confidence="documented", agreed=2, target=3,
      evidence="В НРСЗ хранятся все заявители на АСП, в том числе получившие отказ, но их данные не обновляются; "
               "порядка быстрого внесения пострадавших семей после селей или землетрясений нет; хукуматы составляют "
               "свои списки на бумаге.",
      rationale="Участники голосовали за 1, считая, что в регистре только получатели. Но в НРСЗ есть и семьи, "
                "которым отказали, то есть больше, чем нынешние получатели, хотя их данные устарели и порядка "
                "экстренного внесения нет: это уровень 2."),
    I("D12.2", "1 - - 1 - - 1 2 - - -", expect=2, confidence="documented", agreed=2,
      evidence="Разовые выплаты пострадавшим семьям хукуматы выдавали наличными по бумажным спискам, через несколько "
               "недель и без полной сверки; порядка доплаты получателям АСП через банк в чрезвычайной ситуации нет.",
      rationale="Разовые выплаты уже делались, но импровизированно, с задержкой в недели и без полной сверки — ровно "
                "уровень 2, а не 1.",
      said={"t08": "НБТ: через «Корти Милли» разовую выплату на карты можно провести за несколько дней."}),
    I("D12.3", "1 - - u - - 1 - - - -", expect=1, confidence="self_reported",
      evidence="Органа по чрезвычайным ситуациям в зале не было; участники не знали ни одного порога раннего "
               "предупреждения или резервного фонда, связанного с социальной защитой.",
      note="К следующему раунду пригласить орган по чрезвычайным ситуациям."),
]

# ---------------------------------------------------------------------------
# Tajikistan, follow-up 2028 (an imagined second round two years later).
# Same slots as 2026 except t09, who replaces t04 at the Ministry of Finance.
# The session ran in English. Two years of a data exchange project move 15 of
# the 64 indicators up one level, each with a note saying why; D9.2 goes down;
# everything else stays where the 2026 room put it.
# ---------------------------------------------------------------------------
TAJIKISTAN_2028 = [
    # D1 Policy and legal mandate
    I("D1.1", "3 3 3 3 u 3 2 3 3 3 3", expect=3, confidence="verified", target=3,
      evidence="Digital social protection roadmap 2027-2030 approved by MoHSPP order (2027) with a costed action plan, "
               "lead unit and timeline; first progress note presented to the steering committee (2028).",
      note="Up from 2: the roadmap drafted in 2025 was costed with the Ministry of Finance and approved."),
    I("D1.2", "3 3 3 3 3 3 2 u 3 3 3", expect=3, confidence="verified",
      evidence="Government resolution on electronic data exchange between social protection bodies (2027), listing "
               "the flows from the civil registry, passport database, Tax Committee and ASIP with purposes, data "
               "categories and safeguards.",
      note="Up from 2: the resolution was the first output of the data exchange project and a condition for its "
           "funding."),
    I("D1.3", "2 3 2 2 2 2 u 2 2 2 2", expect=2, confidence="documented",
      evidence="Law on Personal Data Protection (2018); MoHSPP internal data protection order (2027) with a named "
               "focal point; implementing regulations still in draft and no supervisory authority designated.",
      note="Unchanged: the ministry did its part, but level 3 also needs the regulations and a supervisory body."),
    I("D1.5", "2 2 3 2 3 2 2 2 2 2 2", expect=2, confidence="documented",
      evidence="TSA and ASIP now record the personal number from the passport; the amendment making it compulsory in "
               "every scheme regulation is still under discussion; no written rule for people without documents.",
      note="Unchanged: practice moved ahead of the law."),
    # D2 Institutional governance and coordination
    I("D2.1", "3 3 3 3 - 3 2 3 3 3 3", expect=3, confidence="verified",
      evidence="Government order (2027) creating the steering committee for social protection information systems; "
               "minutes of four meetings; the Tax Committee, civil registry, Ministry of Internal Affairs and National "
               "Bank are members.",
      note="Up from 2: the working group of 2025 lacked the data holders; the data exchange project needed a body "
           "that could decide for all of them."),
    I("D2.2", "3 3 4 3 3 u 2 3 3 3 3", expect=3, confidence="verified", agreed=3, target=4,
      evidence="MoHSPP order naming business and technical owners of the NRSP, now also of the exchange connectors; "
               "ASIP statute for its system.",
      rationale="Owners are named for every core system (level 3). ASIP's 4 describes its own practice, but NRSP change "
                "requests still reach the vendor without going through the business owner.",
      said={"t07": "District: our requests still get lost between the TSA department and the IT centre."}),
    I("D2.3", "3 3 3 3 3 3 - 2 3 3 3", expect=3, confidence="verified", target=3,
      evidence="Signed agreements under the 2027 resolution with the civil registry, Ministry of Internal Affairs, Tax "
               "Committee and ASIP, each with a field list, frequency, security and retention annex.",
      note="Up from 2: the resolution required an agreement for each flow before the platform would carry it."),
    I("D2.4", "3 2 3 3 - 3 2 - 3 3 3", expect=3, confidence="documented",
      evidence="TSA operations manual applied in all districts; quarterly coordination meetings; districts still get "
               "no figures back from the national level.",
      note="Unchanged.",
      said={"t07": "District: we still send data up every month and get nothing back."}),
    I("D2.5", "2 2 2 2 - u 2 2 2 2 2", expect=2, confidence="documented",
      evidence="Development partners' coordination group minutes; the data exchange project follows the approved "
               "roadmap, but a new partner-funded social services database was started outside it (2027).",
      note="Unchanged: one project aligned, another still built apart."),
    I("D2.6", "3 3 3 - 3 - 2 - - 3 3", expect=3, confidence="documented",
      evidence="The 2027 government order gives the Federation of Independent Trade Unions of Tajikistan, the Union "
               "of Employers of the Republic of Tajikistan and a national organisation of persons with disabilities "
               "a consultative seat on the steering committee for the core systems; minutes show all three at two "
               "meetings (2027, 2028).",
      note="Up from 2: after the 2026 workshop the social partners asked for a seat, the disability organisation was "
           "added for the beneficiaries, and the order was amended before signature.",
      said={"t11": "Trade unions: we now see the plans before they are approved, not after."}),
    # D3 Financing and sustainability
    I("D3.1", "3 3 3 3 - - 3 u - - 3", expect=3, confidence="verified", target=3,
      evidence="MoHSPP budget 2028 with an identified line for NRSP maintenance, hosting and licences; the 2027 line "
               "was executed.",
      note="Up from 2: the partner project stopped paying NRSP maintenance at the end of 2026 and the ministry had to "
           "budget it.",
      said={"t09": "MoF: the line exists and was spent; it is not yet built from a costed inventory."}),
    I("D3.2", "2 2 3 1 2 u 2 - - - 2", expect=2, confidence="documented", agreed=2,
      evidence="Five-year cost model for the NRSP drafted by the IT centre (2027); not yet approved or used to prepare "
               "the budget; no estimate for the other systems; no agreed schedule for the exchange platform's costs "
               "after the project.",
      rationale="A cost estimate exists for one system but is not approved or used in budgeting, and the handover of "
                "partner-funded costs has no agreed schedule: still level 2.",
      said={"t03": "ASIP: our own cost model is approved and used, so we voted 3.",
            "t09": "MoF: we have never received a lifetime cost figure with a budget request."}),
    I("D3.3", "2 2 3 2 2 - 2 2 - - 2", expect=2, confidence="documented",
      evidence="NRSP source code still held on disk at MoHSPP, no government repository; ownership clauses in the "
               "exchange platform contract (2027) only.",
      note="Unchanged."),
    # D4 Data governance, protection and safeguards
    I("D4.1", "2 2 2 u 2 2 1 2 2 2 -", expect=2, confidence="documented",
      evidence="TSA application form with the declaration that data may be checked; no approved notice on purposes "
               "and recipients.",
      note="Unchanged."),
    I("D4.2", "3 3 3 3 3 - 3 3 3 3 -", expect=3, confidence="verified", target=3,
      evidence="Shared district accounts closed in 2027; reads and changes logged with user, time and record; accounts "
               "of leavers removed by a monthly HR list.",
      note="Up from 2: the agreements under the 2027 resolution required individual accounts and read logs before "
           "any data would flow."),
    I("D4.3", "2 2 3 u 2 u 2 - 2 2 -", expect=2, confidence="documented", target=3,
      evidence="NRSP entry validations; second data cleaning (2027); no approved data dictionary, no routine quality "
               "figures.",
      note="Unchanged."),
    I("D4.4", "2 2 u 2 1 2 2 - 2 2 -", expect=2, confidence="documented", agreed=2,
      evidence="Impact assessment of the data exchange platform (2027), carried out at a partner's request; no "
               "national method.",
      rationale="A second assessment exists, again at a partner's request, with no national method or obligation: "
                "still level 2."),
    I("D4.5", "2 2 2 2 - 2 1 - 2 2 -", expect=2, confidence="documented",
      evidence="Second partner-supported assessment of targeting errors (2027); proxy means test documented; no regular "
               "exclusion monitoring.",
      note="Unchanged since 2026."),
    I("D4.6", "2 - 3 2 2 2 2 2 2 2 -", expect=2, confidence="verified",
      evidence="Yearly PDF tables in the statistical yearbook and the MoHSPP report; no publication calendar and no "
               "anonymisation rule.",
      note="Unchanged."),
    I("D4.7", "2 2 2 1 2 1 2 1 2 - -", expect=2, confidence="documented",
      evidence="The 2027 resolution sets the purposes of each exchange flow; other requests for NRSP extracts (studies, "
               "inspections) are still decided on a signed letter, with no written check against those purposes and "
               "no record of the decision.",
      note="Up from 1: the purposes are now written down for the flows between systems (a by-product of the 2027 "
           "resolution), but requests for other uses are still not checked against them."),
    I("D4.8", "2 - 2 - - 2 2 2 2 - -", expect=2, confidence="documented",
      evidence="Identity still checked on the passport (copy at district, original at the bank); proxy collection by "
               "power of attorney in the bank agreement; the bank still counts refused payouts, districts do not.",
      note="Unchanged."),
    I("D4.9", "1 1 2 1 1 1 1 - 1 1 -", expect=1, confidence="documented",
      evidence="No data inventory or retention schedule; refused applications still kept without limit; the "
               "exchange agreements set retention for the data exchanged only.",
      note="Unchanged."),
    # D5 Identification and registries
    I("D5.1", "3 2 3 u 3 2 1 2 2 2 -", expect=2, confidence="documented", agreed=2,
      evidence="Passport coverage of adults reported by the Ministry of Internal Affairs; no published breakdown by "
               "district, age and sex; children of returning migrants still a known gap.",
      rationale="Unchanged: coverage figures are still not published by district, age and sex.",
      said={"t07": "District: children of returning migrants are still missing from the civil registry."}),
    I("D5.2", "2 2 3 2 2 2 2 2 2 2 -", expect=2, confidence="verified", target=3,
      evidence="NRSP still holds TSA applicants only; births and deaths now update household records through the "
               "exchange platform.",
      note="Unchanged: updates improved, but the registry still serves one programme."),
    I("D5.3", "2 2 2 2 u u 2 u 2 2 -", expect=2, confidence="documented", target=3,
      evidence="Integrated beneficiary registry piloted (2027) with TSA and disability benefits; pensions not yet "
               "loaded; not used for payment checks.",
      note="Unchanged: the pilot is a first step towards level 3."),
    I("D5.4", "3 2 2 u 2 2 2 - 2 2 -", expect=2, confidence="documented",
      evidence="NRSP duplicate check on the personal number; TSA-pension cross-check still by file twice a year.",
      note="Unchanged."),
    I("D5.5", "2 2 3 2 3 - u 2 2 2 -", expect=2, confidence="documented",
      evidence="Patent holders pay social tax online since 2027; still no registration path for labour migrants "
               "working abroad.",
      note="Unchanged: paying online made contributions easier, but membership of informal workers did not grow."),
    I("D5.6", "3 3 3 3 3 - 3 - 3 - -", expect=3, confidence="verified",
      evidence="NRSP and ASIP query the passport database through the exchange platform under the 2027 agreement with "
               "the Ministry of Internal Affairs; the share of records with a verified number is reported each month "
               "for TSA and pensions; written procedure for applicants without a valid passport (jamoat "
               "certificate, later check).",
      note="Up from 2: the verification service was the first one the platform opened.",
      said={"t10": "MIA: about a thousand checks a day now come from social protection."}),
    # D6 Interoperability and architecture
    I("D6.1", "3 3 3 u u - 3 3 3 - -", expect=3, confidence="verified",
      evidence="Social protection architecture approved by MoHSPP (2027), custodian the IT centre; revised in 2028 for "
               "the health insurance link.",
      note="Up from 2: the 2025 draft diagram was completed and approved as part of the data exchange project."),
    I("D6.2", "3 3 3 3 3 u - 3 3 - -", expect=3, confidence="verified", target=3,
      evidence="Documented APIs through the government data exchange platform for civil registry, passport, tax and "
               "ASIP data; specifications and versions held by MoHSPP; bank payments still by file.",
      note="Up from 2: target reached; the remaining file flows (bank payments) are next."),
    I("D6.3", "3 3 3 3 3 3 - - 3 - -", expect=3, confidence="verified", target=3,
      evidence="Daily births and deaths from the civil registry and on-request income checks with the Tax Committee "
               "under signed agreements, both used in TSA decisions; the health insurance link is still a pilot.",
      note="Up from 2: the civil registry now publishes events to the platform instead of sending paper lists."),
    I("D6.4", "- 2 2 2 2 3 2 - 2 - -", expect=2, confidence="documented",
      evidence="NRSP and ASIP still code districts and jamoats differently; the two lists are reconciled by hand.",
      note="Unchanged."),
    I("D6.5", "2 2 2 2 u 2 2 2 2 - -", expect=2, confidence="documented",
      evidence="The exchange platform is now a shared component, but each programme keeps its own SMS tool and no "
               "roles are agreed with the e-government body for payments and notifications.",
      note="Unchanged."),
    # D7 Digitised delivery chain
    I("D7.1", "3 3 3 u 3 3 2 3 - 3 -", expect=3, confidence="verified", target=4,
      evidence="Approved TSA application form; applications entered into the NRSP in all districts.",
      note="Unchanged."),
    I("D7.2", "3 3 3 3 3 u 3 u - 3 -", expect=3, confidence="verified", target=3,
      evidence="Decision letters from the NRSP now state the reasons and the way to appeal; an onboarding step "
               "(payment card, amount, dates, obligations, complaints) is recorded for each new beneficiary (2027).",
      note="Up from 2: the letter template and the onboarding screen were added with the grievance system."),
    I("D7.3", "3 2 3 2 u 2 2 3 - 2 -", expect=2, confidence="documented", agreed=2, target=3,
      evidence="Agreement with the savings bank; most TSA recipients still collect cash at a branch; pensions on "
               "national cards.",
      rationale="Unchanged: most TSA recipients are still paid in cash at a branch.",
      said={"t08": "NBT: the card switch could already route payments by personal number."}),
    I("D7.4", "2 2 3 2 - - 2 3 - 2 -", expect=2, confidence="documented", target=3,
      evidence="Savings bank still returns totals per district; MoHSPP matches them in Excel.",
      note="Unchanged."),
    I("D7.5", "2 2 2 u - u 2 2 - 2 -", expect=2, confidence="documented",
      evidence="Case module still used in two pilot districts; other districts keep Excel files.",
      note="Unchanged: extension of the case module is planned for 2029."),
    I("D7.6", "3 3 3 3 3 3 2 3 - 3 -", expect=3, confidence="verified",
      evidence="Grievance management system (2027) in all districts: reference number for each complaint, 15-day "
               "deadline set by MoHSPP order, tracked until closure.",
      note="Up from 2: the paper registers the district complained about in 2026 were replaced by the new system."),
    I("D7.7", "2 2 2 - - - 2 - - 2 -", expect=2, confidence="documented",
      evidence="Decision letters now state how to appeal, but appeals still go to the district commission or ASIP, "
               "are written in paper registers and have no deadline in any regulation; the grievance system records "
               "complaints, not appeals.",
      note="Unchanged: level 3 also needs deadlines set in a regulation."),
    I("D7.8", "3 2 3 - - - 2 - - - -", expect=2, confidence="documented", agreed=2,
      evidence="Proxy means test applied by the NRSP; disability assessment still on paper.",
      rationale="Unchanged: the weakest method (disability assessment on paper) sets the level."),
    I("D7.9", "2 2 3 2 - - 2 - - - -", expect=2, confidence="documented",
      evidence="TSA amount coded in the NRSP; indexation still applied by a vendor script.",
      note="Unchanged."),
    I("D7.10", "2 2 2 - - 2 2 - - - -", expect=2, confidence="documented",
      evidence="Deaths now reach the NRSP daily, but exit reasons are still free text and exits are not notified in "
               "writing.",
      note="Unchanged: the death feed is part of level 4, but level 3's coded reasons and notices are missing."),
    # D8 Infrastructure, security and operations
    I("D8.1", "3 3 3 u 3 - 3 3 3 - -", expect=3, confidence="verified", target=3,
      evidence="NRSP moved to the government data centre (2027); daily off-site backup; restore test report "
               "(November 2027); continuity plan for TSA payments approved (2027) with recovery times and paper "
               "fall-backs, exercised once with the savings bank.",
      note="Up from 2: the move to the data centre came with the restore test and the continuity plan it required."),
    I("D8.2", "- 2 2 2 2 2 1 2 2 - -", expect=2, confidence="documented",
      evidence="The NRSP still needs a live connection; remote jamoats keep sending paper forms; an offline "
               "application is specified but not built.",
      note="Unchanged."),
    I("D8.3", "2 - 3 2 3 - u 2 2 - -", expect=2, confidence="documented",
      evidence="MoHSPP security policy still in draft; a security officer is named for the exchange connectors only.",
      note="Unchanged."),
    I("D8.5", "2 2 2 - u 2 1 3 2 - -", expect=2, confidence="documented", agreed=2,
      evidence="Help desk tool at the IT centre since 2027; service levels written into the data centre agreement but "
               "not into the NRSP maintenance contract; no monthly report.",
      rationale="Tickets are logged and one agreement has service levels, but performance is not reported: level 2.",
      said={"t08": "NBT: the card switch reports availability every month, which is why we voted 3."}),
    # D9 People and capabilities
    I("D9.1", "2 2 3 2 2 u 2 u - 2 -", expect=2, confidence="documented",
      evidence="IT centre staffing table 2028: two developer posts created, not yet filled; the project-paid "
               "developers left when the project closed.",
      note="Unchanged."),
    I("D9.2", "2 3 3 u - - 1 2 - 2 -", expect=2, confidence="documented", agreed=2, target=4,
      evidence="Training records 2027-2028: many district specialists appointed after the 2027 reorganisation of "
               "district offices received accounts before any training; the partner-funded training cycle ended in "
               "2027.",
      rationale="The curriculum and manuals still exist, but new officers now get access before training and not all "
                "regions are covered: level 2.",
      note="Down from 3 in 2026: the reorganisation brought many new district staff at the moment the "
           "partner-funded training stopped. Training is now to be paid from the ministry budget.",
      said={"t07": "District: of our four specialists, only I have had the course."}),
    I("D9.3", "2 2 2 2 2 2 2 - - 2 -", expect=2, confidence="self_reported",
      evidence="Roll-out of the exchange platform and grievance system (2027): communication plan and training, but "
               "district procedures updated late and paper registers kept.",
      note="Unchanged."),
    I("D9.4", "2 2 3 u 3 u 2 u - 2 -", expect=2, confidence="documented",
      evidence="Proxy means test parameters still changed by the vendor's developer; knowledge transfer clause in the "
               "2027 platform contract only.",
      note="Unchanged."),
    # D10 Inclusion, accountability and use of data
    I("D10.1", "3 2 - - 3 2 2 2 - 2 2", expect=2, confidence="self_reported",
      evidence="District specialists help applicants who need it; no written instruction.",
      note="Unchanged."),
    I("D10.2", "- 1 1 - 1 1 1 1 - 1 1", expect=1, confidence="self_reported",
      evidence="Still no accessibility standard; the ASIP portal has not been tested with users with disabilities.",
      note="Unchanged."),
    I("D10.3", "3 3 3 2 u u 2 u - 2 2", expect=2, confidence="documented", agreed=2, target=3,
      evidence="Monthly TSA report from the NRSP; a reporting database is piloted with TSA dashboards; analyses for "
               "the budget still made with partners.",
      rationale="Unchanged: the dashboards cover TSA only and analysis is not yet routine."),
    I("D10.5", "2 2 u 2 - u 1 - - 2 2", expect=2, confidence="self_reported",
      evidence="The grievance system produces figures, but no quarterly summary goes to management yet.",
      note="Unchanged."),
    I("D10.6", "2 2 - - 2 2 2 2 - 2 -", expect=2, confidence="documented",
      evidence="Forms and SMS in Tajik and Russian; still nothing in Uzbek or Kyrgyz.",
      note="Unchanged."),
    I("D10.7", "2 2 2 - - - 2 - - 2 -", expect=2, confidence="documented",
      evidence="TSA report by sex of the household head only; pensions paid in the pensioner's own name; still no "
               "rule on women as TSA recipients.",
      note="Unchanged."),
    # D11 Social insurance administration
    I("D11.1", "- 2 2 2 2 - - - - 2 3", expect=2, confidence="documented",
      evidence="Large taxpayers file social tax declarations electronically, others on paper; lists of workers reach "
               "ASIP once a year.",
      note="Unchanged."),
    I("D11.2", "- 2 2 2 3 - - - - 1 2", expect=2, confidence="documented",
      evidence="Arrears per employer visible at the Tax Committee only; ASIP cannot see unpaid contributions per "
               "worker.",
      note="Unchanged."),
    I("D11.3", "- 2 2 - 2 - - - - 2 2", expect=2, confidence="verified",
      evidence="Individual records at ASIP for recent years; older periods still rebuilt from work books at claim time.",
      note="Unchanged."),
    I("D11.4", "- 1 1 - - - 1 - - 1 -", expect=1, confidence="self_reported",
      evidence="Still no working arrangement that counts periods worked abroad; the room knew of no new agreement.",
      note="Unchanged.",
      said={"t11": "Trade unions: we raised it at the steering committee; it is not on the roadmap."}),
    # D12 Shock-responsive and adaptive social protection
    I("D12.1", "2 1 - - - - 2 - - - -", expect=2, confidence="documented", target=3,
      evidence="The NRSP holds refused applicants as well as beneficiaries, with data that are not updated; still no "
               "emergency enrolment procedure.",
      note="Unchanged."),
    I("D12.2", "2 - - 2 - - 2 2 - - -", expect=2, confidence="documented",
      evidence="Still no procedure for a top-up to TSA recipients in an emergency; one-off payments after a mudflow "
               "(2027) again made in cash by the hukumat from paper lists.",
      note="Unchanged."),
    I("D12.3", "1 - - u - - 1 - - - -", expect=1, confidence="self_reported",
      evidence="The emergency situations authority was invited but did not attend; no trigger or contingency fund "
               "refers to social protection.",
      note="Unchanged."),
]

SAMPLES = {
    "lao-pdr-2026": LAO_PDR_2026,
    "tajikistan-2026": TAJIKISTAN_2026,
    "tajikistan-2028": TAJIKISTAN_2028,
}


def main(argv):
    check_only = "--check" in argv
    failed = False
    always = ALWAYS_APPLICABLE
    version, ids, marked = framework_ids()
    if version == "2.0.0":
        # The framework is the authority once it is 2.0.0: same ids, same marks.
        if ids != INDICATORS:
            print(f"sp-dmf.xml 2.0.0 ids differ from this script's plan: only in the framework "
                  f"{sorted(set(ids) - set(INDICATORS))}, only here {sorted(set(INDICATORS) - set(ids))}"
                  f"{'' if set(ids) != set(INDICATORS) else ' (same ids, other order)'}", file=sys.stderr)
            failed = True
        always = marked or ALWAYS_APPLICABLE
    else:
        print(f"note: frameworks/builtin/sp-dmf.xml is version {version}; checked against the 2.0.0 id plan only",
              file=sys.stderr)
    for folder, entries in SAMPLES.items():
        text, s, problems = build(folder, entries, always)
        for problem in problems:
            print(f"{folder}: {problem}", file=sys.stderr)
        failed |= bool(problems)
        print(f"{folder}: {len(entries)} indicators, {s['votes']} votes; "
              f"spread >= 2 on {len(s['disagreements'])} ({' '.join(s['disagreements'])}); "
              f"N/A {s['na']}; unknown {s['unknown']}; agreed on {len(s['agreed'])}; "
              f"targets {s['targets']}, confidence {s['confidence']}, evidence {s['evidence']}, notes {s['notes']}")
        print(f"  votes per participant: {s['per_participant']}")
        if not problems and not failed and not check_only:
            with open(os.path.join(HERE, folder, "votes.csv"), "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
    failed |= not check_follow_up(TAJIKISTAN_2026, TAJIKISTAN_2028)
    return 1 if failed else 0


def check_follow_up(before, after):
    """Every level that moved between the rounds says why in its note."""
    was = {e.id: e.expect for e in before}
    ups, downs, ok = [], [], True
    for e in after:
        old, new = was.get(e.id), e.expect
        if not (isinstance(old, int) and isinstance(new, int)) or old == new:
            continue
        (ups if new > old else downs).append(e.id)
        word = "Up from" if new > old else "Down from"
        if f"{word} {old}" not in e.note:
            print(f"tajikistan-2028: {e.id} moved from {old} to {new}; its note must say '{word} {old}' and why",
                  file=sys.stderr)
            ok = False
    print(f"tajikistan 2026 -> 2028: {len(ups)} up ({' '.join(ups)}), {len(downs)} down ({' '.join(downs)}), "
          f"{len(after) - len(ups) - len(downs)} unchanged")
    return ok


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

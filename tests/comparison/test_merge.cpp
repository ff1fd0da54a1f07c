// Three-way merge: one-sided and identical changes taken, conflicts listed
// with their three values and MINE's value kept, nothing lost.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>

#include "assessment/assessment_io.h"
#include "assessment/detail_merge_fields.h"
#include "assessment/merge.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;

namespace {

assessment::Assessment base_fixture() {
    auto a = test::assessment_fixture("worked-example.xml", 3);
    a.metadata.title = "Worked example";
    a.metadata.country = "Exampleland";
    a.responses["A.1"].votes = {{"p1", Vote::at(2)}, {"p2", Vote::at(3)}, {"p3", Vote::at(3)}};
    a.responses["A.1"].evidence = "Decree 12";
    a.responses["A.2"].votes = {{"p1", Vote::at(1)}};
    a.systems.systems.push_back({"sr", "Social registry", frameworks::SystemCategory::SocialRegistry, "Fund",
                                 assessment::SystemStatus::Operational, "", 3, "", {"A.1"}});
    a.systems.systems.push_back({"mis", "Pension MIS", frameworks::SystemCategory::ProgrammeMis, "Fund",
                                 assessment::SystemStatus::Pilot, "", std::nullopt, "", {}});
    a.systems.systems.push_back({"gis", "GIS", frameworks::SystemCategory::Other, "Statistics office",
                                 assessment::SystemStatus::Planned, "", std::nullopt, "", {}});
    a.systems.flows.push_back({"sr", "mis", "households", assessment::FlowMechanism::Api, "daily", true, "", "f-sr-mis"});
    a.systems.flows.push_back({"gis", "sr", "maps", assessment::FlowMechanism::File, "", false, "", "f-gis-sr"});
    return a;
}

const assessment::MergeConflict* conflict_on(const assessment::MergeResult& r, const std::string& field) {
    for (const auto& c : r.conflicts)
        if (c.field.rfind(field, 0) == 0) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("merge takes one-sided changes and identical changes once") {
    const auto base = base_fixture();
    auto mine = base;
    auto theirs = base;
    mine.metadata.title = "Worked example, after the workshop";
    theirs.metadata.title = "Worked example, after the workshop";  // same change on both sides
    mine.responses["A.1"].votes["p1"] = Vote::at(4);
    mine.responses["A.2"].evidence = "Annual report 2025";
    mine.participants.push_back({"p4", "Dara", "Fund", "Analyst", false});
    mine.responses["B.1"].votes["p4"] = Vote::at(2);
    theirs.metadata.country = "Republic of Exampleland";
    theirs.responses["A.1"].votes["p2"] = Vote::not_applicable();
    theirs.responses["A.2"].notes = "Check the 2024 figures";
    theirs.responses["A.1"].target = 5;
    theirs.systems.systems[1].status = assessment::SystemStatus::Operational;
    theirs.systems.flows.erase(theirs.systems.flows.begin() + 1);  // gis -> sr removed
    theirs.roadmap.steps["A.1:4"] = {"Fund", std::string("P1"), false, ""};

    const auto r = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(r.merged);
    CHECK(r.clean());
    CHECK(r.conflicts.empty());
    CHECK(r.from_both == 1);
    CHECK(r.from_mine >= 4);
    CHECK(r.from_theirs >= 5);
    const auto& m = *r.merged;
    CHECK(m.metadata.title == "Worked example, after the workshop");
    CHECK(m.metadata.country == "Republic of Exampleland");
    CHECK(m.response("A.1").votes.at("p1") == Vote::at(4));
    CHECK(m.response("A.1").votes.at("p2") == Vote::not_applicable());
    CHECK(m.response("A.1").votes.at("p3") == Vote::at(3));
    CHECK(m.response("A.1").target == 5);
    CHECK(m.response("A.1").evidence == "Decree 12");
    CHECK(m.response("A.2").evidence == "Annual report 2025");
    CHECK(m.response("A.2").notes == "Check the 2024 figures");
    REQUIRE(m.participants.size() == 4);
    CHECK(m.participants[3].name == "Dara");
    CHECK(m.response("B.1").votes.at("p4") == Vote::at(2));
    CHECK(m.systems.find("mis")->status == assessment::SystemStatus::Operational);
    REQUIRE(m.systems.flows.size() == 1);
    CHECK(m.systems.flows[0].from == "sr");
    CHECK(m.roadmap.steps.at("A.1:4").pinned_phase == std::string("P1"));

    // The merged file is a valid .socle file.
    const auto reloaded = assessment::read_assessment(assessment::write_assessment(m), "merged.socle");
    REQUIRE(reloaded.ok());
    CHECK(reloaded.assessment->same_content(m));
}

TEST_CASE("merging with an unchanged side gives the other side") {
    const auto base = base_fixture();
    auto edited = base;
    edited.metadata.notes = "Second day";
    edited.responses["A.3"].agreed = Vote::at(2);
    edited.responses["A.3"].rationale = "The room agreed on 2";
    edited.participants.erase(edited.participants.begin() + 2);  // p3 and the vote
    edited.responses["A.1"].votes.erase("p3");
    edited.responses["A.1"].links = {"https://example.org/a", "doc 7"};
    CHECK(assessment::merge_assessments(base, edited, base).merged->same_content(edited));
    const auto r = assessment::merge_assessments(base, base, edited);
    CHECK(r.clean());
    CHECK(r.merged->same_content(edited));
    CHECK(assessment::merge_assessments(base, base, base).merged->same_content(base));
}

TEST_CASE("conflicting changes are listed with their values and MINE's value is kept") {
    const auto base = base_fixture();
    auto mine = base;
    auto theirs = base;
    mine.responses["A.1"].evidence = "Decree 12 and its annex";
    theirs.responses["A.1"].evidence = "Decree 12 (amended 2026)";
    mine.responses["A.1"].votes["p2"] = Vote::at(4);
    theirs.responses["A.1"].votes["p2"] = Vote::unknown();
    mine.metadata.institutions = {"Fund"};
    theirs.metadata.institutions = {"Fund", "Ministry"};
    // THEIRS removes the GIS, MINE renames it: kept, reported.
    mine.systems.systems[2].name = "Geographic information system";
    theirs.systems.systems.erase(theirs.systems.systems.begin() + 2);
    theirs.systems.flows.erase(theirs.systems.flows.begin() + 1);
    // MINE removes p3, THEIRS records a new vote of p3: p3 is kept.
    mine.participants.erase(mine.participants.begin() + 2);
    mine.responses["A.1"].votes.erase("p3");
    theirs.responses["A.2"].votes["p3"] = Vote::at(2);

    const auto r = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(r.merged);
    CHECK_FALSE(r.clean());
    const auto* evidence = conflict_on(r, "indicator[A.1].evidence");
    REQUIRE(evidence);
    CHECK(evidence->base == std::string("Decree 12"));
    CHECK(evidence->mine == std::string("Decree 12 and its annex"));
    CHECK(evidence->theirs == std::string("Decree 12 (amended 2026)"));
    const auto* vote = conflict_on(r, "indicator[A.1].vote[p2]");
    REQUIRE(vote);
    CHECK(vote->base == std::string("3"));
    CHECK(vote->mine == std::string("4"));
    CHECK(vote->theirs == std::string("unknown"));
    const auto* institutions = conflict_on(r, "metadata.institutions");
    REQUIRE(institutions);
    CHECK(institutions->theirs == std::string("Fund; Ministry"));
    CHECK_FALSE(institutions->base.has_value());
    const auto* gis = conflict_on(r, "system[gis]");
    REQUIRE(gis);
    CHECK(gis->theirs == std::string("removed"));
    CHECK(conflict_on(r, "participant[p3]"));
    CHECK(r.conflicts.size() == 5);

    const auto& m = *r.merged;
    CHECK(m.response("A.1").evidence == "Decree 12 and its annex");
    CHECK(m.response("A.1").votes.at("p2") == Vote::at(4));
    CHECK(m.metadata.institutions == std::vector<std::string>{"Fund"});
    REQUIRE(m.systems.find("gis"));
    CHECK(m.systems.find("gis")->name == "Geographic information system");
    // The flow gis -> sr was removed by THEIRS and untouched by MINE.
    CHECK(m.systems.flows.size() == 1);
    REQUIRE(m.find_participant("p3"));
    CHECK(m.response("A.2").votes.at("p3") == Vote::at(2));
    CHECK_FALSE(m.response("A.1").votes.count("p3"));  // MINE removed that vote, THEIRS left it
    REQUIRE(assessment::read_assessment(assessment::write_assessment(m), "merged.socle").ok());
}

TEST_CASE("a merge loses nothing: every change is in the output or in a conflict") {
    namespace d = assessment::detail;
    const auto loaded = assessment::load_assessment_file(test::source_path("samples/tajikistan-2026-baseline.socle"));
    REQUIRE(loaded.ok());
    const auto& base = *loaded.assessment;
    std::mt19937 random(7);
    const int levels = base.framework().level_count();
    auto edit = [&](assessment::Assessment a, int edits) {
        std::vector<std::string> ids;
        for (const auto& [id, response] : a.responses) ids.push_back(id);
        for (int i = 0; i < edits; ++i) {
            auto& r = a.responses[ids[random() % ids.size()]];
            switch (random() % 5) {
            case 0: r.evidence = "edited " + std::to_string(random() % 3); break;
            case 1: r.agreed = Vote::at(1 + static_cast<int>(random() % static_cast<unsigned>(levels))); break;
            case 2: r.target = 1 + static_cast<int>(random() % static_cast<unsigned>(levels)); break;
            case 3:
                if (!r.votes.empty()) r.votes.begin()->second = Vote::at(1 + static_cast<int>(random() % 3));
                break;
            default: r.notes.clear(); break;
            }
        }
        if (random() % 2 && !a.systems.systems.empty()) a.systems.systems.back().notes = "edited";
        a.metadata.round = random() % 2 ? "baseline" : "baseline (revised)";
        return a;
    };
    for (int trial = 0; trial < 20; ++trial) {
        const auto mine = edit(base, 30);
        const auto theirs = edit(base, 30);
        const auto r = assessment::merge_assessments(base, mine, theirs);
        REQUIRE(r.merged);
        const auto b = d::flatten(base), m = d::flatten(mine), t = d::flatten(theirs), out = d::flatten(*r.merged);
        std::set<d::FieldKey> keys;
        for (const auto* fields : {&b, &m, &t})
            for (const auto& [key, value] : *fields) keys.insert(key);
        for (const auto& key : keys) {
            auto get = [&](const d::Fields& f) {
                const auto it = f.find(key);
                return it == f.end() ? std::optional<std::string>{} : std::optional<std::string>{it->second};
            };
            const auto vb = get(b), vm = get(m), vt = get(t), vo = get(out);
            CAPTURE(d::describe(key));
            CHECK((vo == vm || vo == vt));               // never a value nobody wrote
            if (vm != vb && vo != vm) CHECK(vo == vt);   // MINE's change replaced only by THEIRS' change...
            if (vt != vb && vo != vt) {                  // ...and THEIRS' change left out only in a conflict
                const bool listed = std::any_of(r.conflicts.begin(), r.conflicts.end(), [&](const auto& c) {
                    return c.field == d::describe(key) && c.theirs == (vt ? std::optional(d::readable(*vt)) : vt);
                });
                CHECK(listed);
            }
        }
    }
}

TEST_CASE("a merge of files made with different frameworks is refused") {
    const auto base = base_fixture();
    auto theirs = test::assessment_fixture("valid-minimal.xml", 1);
    const auto r = assessment::merge_assessments(base, base, theirs);
    CHECK_FALSE(r.merged);
    CHECK(r.refusal.find("different framework") != std::string::npos);
}

TEST_CASE("a conflict on a field of a participant, system or flow is counted once") {
    const auto base = base_fixture();
    auto mine = base;
    auto theirs = base;
    mine.participants[0].role = "Director";
    theirs.participants[0].role = "Deputy director";
    mine.systems.systems[0].owner = "Social Fund";
    theirs.systems.systems[0].owner = "Ministry of Labour";
    mine.systems.flows[0].frequency = "weekly";
    theirs.systems.flows[0].frequency = "monthly";
    mine.systems.systems[1].hosting = "Cloud";  // one-sided: from MINE, once
    const auto r = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(r.merged);
    CHECK(r.conflicts.size() == 3);
    CHECK(r.from_mine == 4);  // three conflicts kept from MINE, one change of MINE
    CHECK(r.from_theirs == 0);
    CHECK(r.from_both == 0);
    CHECK(r.merged->participants[0].role == "Director");
}

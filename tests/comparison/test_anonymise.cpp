// Anonymise: every personal field is gone from the written XML, the figures
// are not touched, and the file says it was anonymised.
#include <doctest/doctest.h>

#include <pugixml.hpp>

#include <algorithm>
#include <cstdint>
#include <set>

#include "assessment/anonymise.h"
#include "assessment/assessment_io.h"
#include "scoring/assessment_scores.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;

namespace {

// Every personal text of an assessment, as the anonymiser must remove it.
// (Participants' institutions are checked on the XML: the same names stay in
// the metadata's list of institutions and as system owners.)
std::vector<std::string> personal_texts(const assessment::Assessment& a) {
    std::vector<std::string> texts = {a.metadata.facilitator, a.metadata.notes};
    for (std::size_t i = 0; i < a.participants.size(); ++i) {
        const auto& p = a.participants[i];
        texts.push_back(p.name);
        texts.push_back(p.role);
        // An id is personal unless it already is the neutral "pN" it becomes.
        if (p.id != "p" + std::to_string(i + 1)) texts.push_back("\"" + p.id + "\"");
    }
    for (const auto& [id, r] : a.responses) {
        texts.insert(texts.end(), {r.rationale, r.evidence, r.notes});
        texts.insert(texts.end(), r.links.begin(), r.links.end());
    }
    for (const auto& s : a.systems.systems) texts.push_back(s.notes);
    for (const auto& f : a.systems.flows) texts.push_back(f.notes);
    for (const auto& [id, step] : a.roadmap.steps) texts.insert(texts.end(), {step.owner, step.exclusion_reason});
    std::erase_if(texts, [](const std::string& t) { return t.empty() || t == "\"\""; });
    return texts;
}

// The part of the file before the framework snapshot (which is the
// framework's own text, not the assessment's).
std::string body_of(const std::string& bytes) { return bytes.substr(0, bytes.find("<framework-snapshot>")); }

assessment::Assessment personal_fixture() {
    auto a = test::assessment_fixture("worked-example.xml", 0);
    a.metadata.title = "Worked example, baseline";
    a.metadata.country = "Exampleland";
    a.metadata.institutions = {"Ministry of Examples"};
    a.metadata.facilitator = "Fiona Facilitator";
    a.metadata.notes = "Met at the ministry; Mr Dupont left early";
    a.participants = {{"jean.dupont", "Jean Dupont", "Ministry of Examples", "Director of IT", false},
                      {"amina", "Amina Karimova", "Social Fund", "Analyst", false},
                      {"p3", "", "", "", true}};
    a.responses["A.1"].votes = {{"jean.dupont", Vote::at(2)}, {"amina", Vote::at(4)}, {"p3", Vote::unknown()}};
    a.responses["A.1"].agreed = Vote::at(3);
    a.responses["A.1"].rationale = "Jean explained the decree";
    a.responses["A.1"].evidence = "Decree 12/2025 shown by Amina";
    a.responses["A.1"].links = {"https://example.org/decree-amina"};
    a.responses["A.1"].notes = "Follow up with Amina Karimova";
    a.responses["A.1"].target = 4;
    a.responses["A.1"].confidence = assessment::Confidence::Documented;
    a.responses["A.2"].votes = {{"jean.dupont", Vote::at(1)}, {"amina", Vote::not_applicable()}};
    a.responses["B.1"].evidence = "Only evidence, no vote (Jean's spreadsheet)";
    a.systems.systems.push_back({"sr", "Social registry", frameworks::SystemCategory::SocialRegistry, "Social Fund",
                                 assessment::SystemStatus::Operational, "on premises", 3, "Ask Jean for the password",
                                 {"A.1"}});
    a.systems.systems.push_back({"mis", "Pension MIS", frameworks::SystemCategory::ProgrammeMis, "Social Fund",
                                 assessment::SystemStatus::Pilot, "", std::nullopt, "", {}});
    a.systems.flows.push_back({"sr", "mis", "households", assessment::FlowMechanism::Api, "daily", true,
                               "Amina maintains the API", "f-sr-mis"});
    a.roadmap.steps["A.1:4"] = {"Jean Dupont", std::string("P2"), false, ""};
    a.roadmap.steps["A.2:2"] = {"", std::nullopt, true, "Amina says it is out of scope"};
    a.roadmap.domain_leads["A"] = "Ministry of Examples";
    return a;
}

void check_same_figures(const assessment::Assessment& before, const assessment::Assessment& after) {
    const auto x = scoring::score_assessment(before);
    const auto y = scoring::score_assessment(after);
    REQUIRE(x.indicators.size() == y.indicators.size());
    for (std::size_t i = 0; i < x.indicators.size(); ++i) {
        CAPTURE(x.indicators[i].id);
        CHECK(x.indicators[i].level == y.indicators[i].level);
        CHECK(x.indicators[i].status == y.indicators[i].status);
        CHECK(x.indicators[i].spread == y.indicators[i].spread);
        CHECK(x.indicators[i].votes_per_level == y.indicators[i].votes_per_level);
        CHECK(x.indicators[i].na_votes == y.indicators[i].na_votes);
        CHECK(x.indicators[i].unknown_votes == y.indicators[i].unknown_votes);
        CHECK(x.indicators[i].target == y.indicators[i].target);
        CHECK(x.indicators[i].confidence == y.indicators[i].confidence);
    }
    CHECK(x.overall.level == y.overall.level);
    CHECK(x.overall.completeness == y.overall.completeness);
}

}  // namespace

TEST_CASE("anonymise removes every personal field from the written XML") {
    const auto original = personal_fixture();
    auto a = original;
    const auto summary = assessment::anonymise(a);
    CHECK(summary.participants == 3);
    CHECK(summary.texts_removed > 15);
    const std::string bytes = assessment::write_assessment(a);

    for (const auto& text : personal_texts(original)) {
        CAPTURE(text);
        CHECK(bytes.find(text) == std::string::npos);
    }
    for (const char* word : {"Jean", "Dupont", "Amina", "Karimova", "Fiona", "password", "Director", "Analyst"}) {
        CAPTURE(word);
        CHECK(body_of(bytes).find(word) == std::string::npos);
    }

    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(bytes.data(), bytes.size()));
    const auto root = doc.child("socle-assessment");
    CHECK(std::string(root.attribute("anonymised").value()) == "true");
    const auto meta = root.child("metadata");
    CHECK_FALSE(meta.child("facilitator"));
    CHECK_FALSE(meta.child("notes"));
    CHECK(std::string(meta.child_value("country")) == "Exampleland");
    CHECK(std::string(meta.child_value("institution")) == "Ministry of Examples");
    std::set<std::string> ids;
    for (auto p : root.child("participants").children("participant")) {
        CHECK(std::string(p.child_value()).empty());
        // Each institution of the fixture is held by one participant: generalised.
        if (p.attribute("institution")) CHECK(std::string(p.attribute("institution").value()) == "Other institutions");
        CHECK_FALSE(p.attribute("role"));
        CHECK(p.attribute("anonymous").as_bool());
        ids.insert(p.attribute("id").value());
    }
    CHECK(ids == std::set<std::string>{"p1", "p2", "p3"});
    for (auto ind : root.child("responses").children("indicator")) {
        CAPTURE(ind.attribute("id").value());
        for (const char* name : {"rationale", "evidence", "link", "notes"}) CHECK_FALSE(ind.child(name));
        CHECK(std::string(ind.child("agreed").child_value()).empty());
        for (auto vote : ind.children("vote")) CHECK(ids.count(vote.attribute("participant").value()) == 1);
    }
    // B.1 held only evidence: nothing of it is left.
    CHECK_FALSE(root.child("responses").find_child_by_attribute("indicator", "id", "B.1"));
    for (auto s : root.child("systems").children("system")) CHECK_FALSE(s.child("notes"));
    CHECK(std::string(root.child("systems").first_child().child_value("name")) == "Social registry");
    for (auto f : root.child("flows").children("flow")) CHECK_FALSE(f.child("notes"));
    for (auto step : root.child("roadmap").children("step")) {
        CHECK_FALSE(step.attribute("owner"));
        CHECK(std::string(step.child_value()).empty());
    }
    CHECK(root.child("roadmap").find_child_by_attribute("step", "id", "A.2:2").attribute("excluded").as_bool());

    // The file loads, says it is anonymised, and scores exactly as before.
    const auto loaded = assessment::read_assessment(bytes, "anonymised.socle");
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->anonymised);
    check_same_figures(original, *loaded.assessment);
    CHECK(loaded.assessment->response("A.1").target == 4);
    CHECK(loaded.assessment->response("A.1").agreed == Vote::at(3));
}

TEST_CASE("anonymise leaves none of a sample's personal texts") {
    for (const char* sample : {"samples/lao-pdr-2026-baseline.socle", "samples/tajikistan-2026-baseline.socle",
                               "samples/tajikistan-2028-follow-up.socle"}) {
        CAPTURE(sample);
        const auto loaded = assessment::load_assessment_file(test::source_path(sample));
        REQUIRE(loaded.ok());
        auto a = *loaded.assessment;
        const auto texts = personal_texts(a);
        CHECK(texts.size() > 20);
        assessment::anonymise(a);
        const std::string body = body_of(assessment::write_assessment(a));
        for (const auto& text : texts) {
            // Short ids such as "p01" also appear as parts of other words.
            if (text.size() < 6) continue;
            CAPTURE(text);
            CHECK(body.find(text) == std::string::npos);
        }
        const auto again = assessment::read_assessment(assessment::write_assessment(a), sample);
        REQUIRE(again.ok());
        check_same_figures(*loaded.assessment, *again.assessment);
    }
}

TEST_CASE("old files without the anonymised mark still load as not anonymised") {
    const auto loaded = assessment::load_assessment_file(test::data_path("assessments/format-1.socle"));
    REQUIRE(loaded.ok());
    CHECK_FALSE(loaded.assessment->anonymised);
}

TEST_CASE("anonymise keeps institutions held by k participants or more - rarer ones become Other institutions") {
    auto a = test::assessment_fixture("worked-example.xml", 0);
    a.participants = {{"ana", "Ana", "Ministry of Labour", "", false},
                      {"bo", "Bo", "ministry of  labour", "", false},
                      {"cy", "Cy", "Ministry of Labour", "", false},
                      {"di", "Di", "Social Fund", "", false},
                      {"ed", "Ed", "", "", false}};
    for (int i = 0; i < 5; ++i) a.responses["A.1"].votes[a.participants[static_cast<std::size_t>(i)].id] = Vote::at(1 + i % 4);
    auto count = [](const assessment::Assessment& x, const std::string& institution) {
        return std::count_if(x.participants.begin(), x.participants.end(),
                             [&](const auto& p) { return p.institution == institution; });
    };
    auto k3 = a;
    const auto summary = assessment::anonymise(k3, {.k = 3, .seed = 1});
    CHECK(summary.institutions_generalised == 1);
    CHECK(count(k3, "Ministry of Labour") == 3);
    CHECK(count(k3, "Other institutions") == 1);
    CHECK(count(k3, "") == 1);
    CHECK(count(k3, "Social Fund") == 0);
    auto k4 = a;
    CHECK(assessment::anonymise(k4, {.k = 4, .seed = 1}).institutions_generalised == 4);
    CHECK(count(k4, "Other institutions") == 4);
    // Who works where still goes with the right votes: the one Social Fund
    // participant voted 4, and that vote is now Other institutions'.
    for (const auto& p : k3.participants)
        if (p.institution == "Other institutions") CHECK(k3.response("A.1").votes.at(p.id) == Vote::at(4));
}

TEST_CASE("anonymise shuffles participants - p1 is not always the first one listed") {
    auto a = test::assessment_fixture("worked-example.xml", 0);
    for (int i = 1; i <= 6; ++i) {
        a.participants.push_back({"who" + std::to_string(i), "Name " + std::to_string(i), "", "", false});
        a.responses["A.1"].votes["who" + std::to_string(i)] = Vote::at(1 + (i - 1) % 5);
    }
    std::set<int> first_votes;  // the vote of p1, over several seeds
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        auto x = a;
        assessment::anonymise(x, {.seed = seed});
        CHECK(x.participants.size() == 6);
        CHECK(x.participants.front().id == "p1");
        first_votes.insert(x.response("A.1").votes.at("p1").level);
        check_same_figures(a, x);
    }
    CHECK(first_votes.size() > 1);
}

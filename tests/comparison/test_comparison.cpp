// Hand-built comparisons: quartiles, positions, rounds and their changes,
// matching across framework versions, and comparing real files.
#include <doctest/doctest.h>

#include <map>

#include "assessment/assessment_io.h"
#include "frameworks/framework_loader.h"
#include "scoring/comparison.h"
#include "scoring/headline_text.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;
using scoring::ComparisonMode;
using scoring::Position;

namespace {

// An assessment of the worked-example framework with agreed levels
// (0 = agreed unknown).
assessment::Assessment rated(const std::map<std::string, int>& levels, const std::string& date = {},
                             const std::string& framework = "frameworks/worked-example.xml") {
    auto loaded = frameworks::load_framework_file(test::data_path(framework));
    REQUIRE(loaded.ok());
    assessment::Assessment a(std::make_shared<const frameworks::Framework>(std::move(*loaded.framework)));
    a.metadata.title = "Assessment of " + date;
    a.metadata.start_date = date;
    for (const auto& [id, level] : levels) a.responses[id].agreed = level == 0 ? Vote::unknown() : Vote::at(level);
    return a;
}

std::optional<double> level(const scoring::ComparedRow& row, std::size_t i) { return row.levels.at(i); }

}  // namespace

TEST_CASE("quartiles interpolate between order statistics") {
    const auto four = scoring::quartiles({4, 1, 3, 2});
    REQUIRE(four);
    CHECK(four->q1 == doctest::Approx(1.75));
    CHECK(four->median == doctest::Approx(2.5));
    CHECK(four->q3 == doctest::Approx(3.25));
    const auto five = scoring::quartiles({5, 1, 4, 2, 3});
    CHECK(five->q1 == doctest::Approx(2));
    CHECK(five->median == doctest::Approx(3));
    CHECK(five->q3 == doctest::Approx(4));
    const auto one = scoring::quartiles({3});
    CHECK(one->q1 == 3);
    CHECK(one->q3 == 3);
    const auto two = scoring::quartiles({2, 5});
    CHECK(two->q1 == doctest::Approx(2.75));
    CHECK(two->median == doctest::Approx(3.5));
    CHECK(two->q3 == doctest::Approx(4.25));
    CHECK_FALSE(scoring::quartiles({}).has_value());
}

TEST_CASE("the position threshold is a quarter of a level, inclusive") {
    CHECK(scoring::position_of(2.75, 2.5) == Position::At);
    CHECK(scoring::position_of(2.25, 2.5) == Position::At);
    CHECK(scoring::position_of(2.76, 2.5) == Position::Above);
    CHECK(scoring::position_of(2.24, 2.5) == Position::Below);
    CHECK(scoring::position_of(3, 3) == Position::At);
}

TEST_CASE("peers: levels side by side, median, quartiles and positions") {
    scoring::ComparisonBuilder builder;
    CHECK(builder.add(rated({{"A.1", 2}, {"A.2", 4}, {"A.3", 3}}), "one"));
    CHECK(builder.add(rated({{"A.1", 3}, {"A.2", 0}, {"A.3", 3}, {"B.1", 2}}), "two"));
    CHECK(builder.add(rated({{"A.1", 5}, {"A.2", 1}, {"A.3", 1}}), "three"));
    const auto c = builder.finish(ComparisonMode::Peers);
    REQUIRE(c.assessments.size() == 3);
    CHECK(c.assessments[0].file == "one");
    CHECK(c.assessments[2].file == "three");
    CHECK(c.framework_id == "worked-example");
    CHECK(c.unmatched.empty());
    CHECK(c.changes.empty());

    const auto* a1 = c.find_indicator("A.1");
    REQUIRE(a1);
    CHECK(level(*a1, 0) == 2);
    CHECK(level(*a1, 1) == 3);
    CHECK(level(*a1, 2) == 5);
    CHECK(*a1->median == doctest::Approx(3));
    CHECK(*a1->q1 == doctest::Approx(2.5));
    CHECK(*a1->q3 == doctest::Approx(4));
    CHECK(a1->positions[0] == Position::Below);
    CHECK(a1->positions[1] == Position::At);
    CHECK(a1->positions[2] == Position::Above);
    CHECK(a1->changes.empty());

    // Not rated in "two" (agreed unknown): absent, and left out of the median.
    const auto* a2 = c.find_indicator("A.2");
    CHECK_FALSE(level(*a2, 1).has_value());
    CHECK(a2->statuses[1] == scoring::IndicatorStatus::Unknown);
    CHECK(a2->rated == 2);
    CHECK(*a2->median == doctest::Approx(2.5));
    CHECK(a2->positions[0] == Position::Above);
    CHECK_FALSE(a2->positions[1].has_value());
    CHECK(a2->positions[2] == Position::Below);

    // B.1 rated only in "two": the median is its own level, so "at".
    const auto* b1 = c.find_indicator("B.1");
    CHECK(b1->rated == 1);
    CHECK(b1->positions[1] == Position::At);
    CHECK(b1->matched());

    // Domain A (weights 1, 1, 2): (2 + 4 + 2*3) / 4 = 3; (3 + 2*3) / 3 = 3;
    // (5 + 1 + 2*1) / 4 = 2.
    const auto* da = c.find_domain("A");
    REQUIRE(da);
    CHECK(*level(*da, 0) == doctest::Approx(3));
    CHECK(*level(*da, 1) == doctest::Approx(3));
    CHECK(*level(*da, 2) == doctest::Approx(2));
    CHECK(*da->median == doctest::Approx(3));
    CHECK(da->positions[2] == Position::Below);
    // Completeness: domain A rated 3 of 3 in "one", 2 of 3 in "two".
    CHECK(*da->completeness[0] == doctest::Approx(1));
    CHECK(*da->completeness[1] == doctest::Approx(2.0 / 3));
    // Overall: "one" rated 3 of 7 applicable indicators.
    CHECK(c.assessments[0].rated == 3);
    CHECK(c.assessments[0].applicable == 7);
    CHECK(*c.assessments[0].completeness == doctest::Approx(3.0 / 7));
    const auto* db = c.find_domain("B");
    CHECK_FALSE(level(*db, 0).has_value());
    CHECK(*level(*db, 1) == doctest::Approx(2));
}

TEST_CASE("rounds: ordered by date, change since the previous round, targets reached") {
    scoring::ComparisonBuilder builder;
    builder.add(rated({{"A.1", 3}, {"A.3", 1}, {"B.1", 3}, {"B.2", 4}}, "2028-05-17"), "follow-up");
    builder.add(rated({{"A.1", 2}, {"A.3", 2}, {"B.2", 4}, {"B.3", 2}}, "2026-05-13"), "baseline");
    builder.add(rated({{"A.1", 4}, {"A.3", 1}}), "undated");
    const auto c = builder.finish(ComparisonMode::Rounds);
    REQUIRE(c.assessments.size() == 3);
    CHECK(c.assessments[0].file == "baseline");
    CHECK(c.assessments[1].file == "follow-up");
    CHECK(c.assessments[2].file == "undated");  // undated rounds go last

    const auto* a1 = c.find_indicator("A.1");
    REQUIRE(a1->changes.size() == 3);
    CHECK_FALSE(a1->changes[0].has_value());
    CHECK(*a1->changes[1] == doctest::Approx(1));
    CHECK(*a1->changes[2] == doctest::Approx(1));
    CHECK(*c.find_indicator("A.3")->changes[1] == doctest::Approx(-1));
    CHECK_FALSE(c.find_indicator("B.1")->changes[1].has_value());  // not rated before

    REQUIRE(c.changes.size() == 2);
    const auto& first = c.changes[0];
    CHECK(first.from == 0);
    CHECK(first.to == 1);
    CHECK(first.moved_up == std::vector<std::string>{"A.1"});
    CHECK(first.moved_down == std::vector<std::string>{"A.3"});
    CHECK(first.newly_rated == std::vector<std::string>{"B.1"});
    CHECK(first.no_longer_rated == std::vector<std::string>{"B.3"});
    // A.1 reaches its target 3; B.1 is rated at its target for the first
    // time; B.2 was already at 4 and does not count again.
    CHECK(first.targets_reached == std::vector<std::string>{"A.1", "B.1"});
    REQUIRE(first.overall_change);
    // The overall level is the domain-weighted mean (A weight 2, B weight 1).
    const double before = (2 * ((2 + 2 * 2) / 3.0) + (4 + 2) / 2.0) / 3;
    const double after = (2 * ((3 + 2 * 1) / 3.0) + (3 + 4) / 2.0) / 3;
    CHECK(*first.overall_change == doctest::Approx(after - before));
    CHECK(c.changes[1].moved_up == std::vector<std::string>{"A.1"});
    CHECK(c.changes[1].no_longer_rated == std::vector<std::string>{"B.1", "B.2"});
}

TEST_CASE("versions of a framework are matched by id and the rest is reported") {
    scoring::ComparisonBuilder builder;
    builder.add(rated({{"A.1", 2}, {"A.2", 3}}, "2026-01-01"), "v1");
    builder.add(rated({{"A.1", 3}, {"A.9", 4}}, "2027-01-01", "comparison/worked-example-v2.xml"), "v2");
    const auto c = builder.finish(ComparisonMode::Rounds);
    CHECK(c.assessments[0].framework_version == "1.0");
    CHECK(c.assessments[1].framework_version == "2.0");
    const auto* a1 = c.find_indicator("A.1");
    CHECK(a1->matched());
    CHECK(*a1->changes[1] == doctest::Approx(1));
    REQUIRE(c.unmatched.size() == 2);
    CHECK(c.unmatched[0].id == "A.2");
    CHECK_FALSE(c.unmatched[0].domain);
    CHECK(c.unmatched[0].present_in == std::vector<std::size_t>{0});
    CHECK(c.unmatched[1].id == "A.9");
    CHECK(c.unmatched[1].present_in == std::vector<std::size_t>{1});
    const auto* a2 = c.find_indicator("A.2");
    CHECK(a2->present == std::vector<bool>{true, false});
    CHECK_FALSE(a2->levels[1].has_value());
    // A.9 is a row of its own, after the first framework's indicators of its domain order.
    CHECK(c.indicators.back().id == "A.9");
    CHECK(c.find_domain("A")->matched());
    // Both versions are kept for names; each id's model is found in one of them.
    CHECK(c.frameworks.size() == 2);
    REQUIRE(c.indicator_model("A.2"));
    CHECK(c.indicator_model("A.2")->id == "A.2");
    REQUIRE(c.indicator_model("A.9"));
    CHECK(c.indicator_model("Z.1") == nullptr);
}

TEST_CASE("versions joined by a crosswalk are matched through it") {
    auto walk = frameworks::load_crosswalk_file(test::data_path("frameworks/mini-1.0.0-to-2.0.0.xml"));
    REQUIRE(walk.ok());
    scoring::ComparisonBuilder builder;
    builder.set_crosswalks({*walk.crosswalk});
    // The newer file first: matching does not depend on the order given.
    builder.add(rated({{"A.1", 3}, {"A.3", 3}, {"A.4", 1}, {"B.1", 2}, {"C.1", 2}}, "2027-01-01",
                      "frameworks/mini-2.0.0.xml"),
                "new");
    builder.add(rated({{"A.1", 2}, {"A.3", 2}, {"B.1", 3}, {"B.2", 1}, {"B.3", 2}}, "2026-01-01",
                      "frameworks/mini-1.0.0.xml"),
                "old");
    const auto c = builder.finish(ComparisonMode::Rounds);
    REQUIRE(c.assessments[0].file == "old");
    REQUIRE(c.crosswalks.size() == 1);
    CHECK(c.crosswalks[0].from_version == "1.0.0");
    // A.3 split into A.3 and A.4: the old level stands for both parts.
    REQUIRE(c.find_indicator("A.4"));
    CHECK(c.find_indicator("A.4")->matched());
    CHECK(level(*c.find_indicator("A.4"), 0) == 2);
    CHECK(level(*c.find_indicator("A.4"), 1) == 1);
    CHECK(level(*c.find_indicator("A.3"), 0) == 2);
    // B.1 and B.2 merged into B.1: the lowest of their levels; B.2 is gone.
    CHECK(level(*c.find_indicator("B.1"), 0) == 1);
    CHECK(c.find_indicator("B.2") == nullptr);
    CHECK(*c.find_indicator("B.1")->changes[1] == doctest::Approx(1));
    // Kept and revised ids match by themselves.
    CHECK(level(*c.find_indicator("A.1"), 0) == 2);
    // What has no counterpart is reported with the crosswalk's reason.
    std::map<std::string, scoring::UnmatchedId> unmatched;
    for (const auto& id : c.unmatched) unmatched.emplace(id.id, id);
    REQUIRE(unmatched.count("B.3"));
    CHECK(unmatched.at("B.3").crosswalk == frameworks::CrosswalkKind::Retired);
    CHECK(unmatched.at("B.3").present_in == std::vector<std::size_t>{0});
    REQUIRE(unmatched.count("C.1"));
    CHECK(unmatched.at("C.1").crosswalk == frameworks::CrosswalkKind::New);
    CHECK_FALSE(unmatched.count("A.4"));
    CHECK_FALSE(unmatched.count("B.2"));
    // The matches are listed; rows follow the newest version, retired last.
    std::vector<std::string> matched;
    for (const auto& match : c.crosswalked) matched.push_back(match.id + "<" + match.old_ids.front());
    CHECK(matched == std::vector<std::string>{"A.3<A.3", "A.4<A.3", "B.1<B.1"});
    std::vector<std::string> ids;
    for (const auto& row : c.indicators) ids.push_back(row.id);
    CHECK(ids == std::vector<std::string>{"A.1", "A.2", "A.3", "A.4", "B.1", "C.1", "B.3"});
    CHECK(c.text_framework().version == "2.0.0");
}

TEST_CASE("without a crosswalk between the versions, ids match by themselves only") {
    scoring::ComparisonBuilder builder;
    builder.set_crosswalks({});
    builder.add(rated({{"A.3", 2}}, "2026-01-01", "frameworks/mini-1.0.0.xml"), "old");
    builder.add(rated({{"A.3", 3}}, "2027-01-01", "frameworks/mini-2.0.0.xml"), "new");
    const auto c = builder.finish(ComparisonMode::Rounds);
    CHECK(c.crosswalks.empty());
    CHECK(c.crosswalked.empty());
    CHECK_FALSE(c.find_indicator("A.4")->present[0]);
    REQUIRE(c.find_indicator("B.2"));
    for (const auto& id : c.unmatched) CHECK_FALSE(id.crosswalk.has_value());
}

TEST_CASE("an assessment of another framework is refused, not mixed in") {
    scoring::ComparisonBuilder builder;
    CHECK(builder.add(rated({{"A.1", 2}}), "first"));
    CHECK_FALSE(builder.add(rated({}, "", "frameworks/valid-minimal.xml"), "other.socle"));
    REQUIRE(builder.diagnostics().has_errors());
    CHECK(builder.diagnostics().items().front().file == "other.socle");
    CHECK(builder.size() == 1);
}

TEST_CASE("compare_files expands folders, sorted, and fails on any bad input") {
    test::ScratchDir dir;
    std::filesystem::create_directory(dir / "round");
    assessment::save_assessment_file(rated({{"A.1", 2}}, "2026-01-01"), dir / "round" / "b.socle");
    assessment::save_assessment_file(rated({{"A.1", 4}}, "2025-01-01"), dir / "round" / "a.socle");
    test::write_text(dir / "round" / "notes.txt", "not an assessment");
    common::Diagnostics diagnostics;
    const auto files = scoring::expand_inputs({dir / "round"}, diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(files.size() == 2);  // the .bak files are not .socle files
    CHECK(files[0].filename() == "a.socle");
    CHECK(files[1].filename() == "b.socle");

    auto result = scoring::compare_files({dir / "round"}, ComparisonMode::Peers);
    REQUIRE(result.ok());
    CHECK(result.comparison->assessments[0].file == (dir / "round" / "a.socle").string());
    CHECK(*result.comparison->find_indicator("A.1")->median == doctest::Approx(3));

    // One assessment alone: not an error of the file, only too few of them.
    const auto alone = scoring::compare_files({dir / "round" / "a.socle"}, ComparisonMode::Peers);
    CHECK_FALSE(alone.ok());
    CHECK(alone.too_few);

    // Progress counts the files; a cancel asked before the start stops at once.
    scoring::ComparisonProgress counted;
    CHECK(scoring::compare_files({dir / "round"}, ComparisonMode::Peers, {}, &counted).ok());
    CHECK(counted.total == 2);
    CHECK(counted.done == 2);
    scoring::ComparisonProgress stopped;
    stopped.cancel = true;
    const auto cancelled = scoring::compare_files({dir / "round"}, ComparisonMode::Peers, {}, &stopped);
    CHECK(cancelled.cancelled);
    CHECK_FALSE(cancelled.ok());
    CHECK(stopped.done == 0);

    const auto missing = scoring::compare_files({dir / "round", dir / "nowhere.socle"}, ComparisonMode::Peers);
    CHECK_FALSE(missing.ok());
    CHECK_FALSE(missing.too_few);
    CHECK(missing.diagnostics.items().front().file == (dir / "nowhere.socle").string());
    test::write_text(dir / "round" / "c.socle", "<socle-assessment");
    const auto damaged = scoring::compare_files({dir / "round"}, ComparisonMode::Peers);
    CHECK_FALSE(damaged.ok());
    CHECK(damaged.diagnostics.items().front().file == (dir / "round" / "c.socle").string());
}

TEST_CASE("the three samples compare in both modes") {
    const std::vector<std::filesystem::path> samples = {
        test::source_path("samples/tajikistan-2028-follow-up.socle"),
        test::source_path("samples/lao-pdr-2026-baseline.socle"),
        test::source_path("samples/tajikistan-2026-baseline.socle")};
    const auto peers = scoring::compare_files(samples, ComparisonMode::Peers);
    REQUIRE(peers.ok());
    CHECK(peers.comparison->assessments[0].country == "Tajikistan");
    CHECK(peers.comparison->assessments[1].country == "Lao PDR");
    const auto first = assessment::load_assessment_file(samples[0]);
    REQUIRE(first.ok());
    CHECK(peers.comparison->indicators.size() == first.assessment->framework().indicator_count());
    CHECK(peers.comparison->domains.size() == first.assessment->framework().domains.size());
    CHECK(peers.comparison->unmatched.empty());

    // Each sample's own score appears unchanged in the comparison.
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const auto loaded = assessment::load_assessment_file(samples[i]);
        REQUIRE(loaded.ok());
        const auto scores = scoring::score_assessment(*loaded.assessment);
        for (const auto& domain : scores.domains)
            CHECK(peers.comparison->find_domain(domain.id)->levels[i] == domain.level);
        CHECK(peers.comparison->assessments[i].completeness == scores.overall.completeness);
    }

    const auto rounds = scoring::compare_files(samples, ComparisonMode::Rounds);
    REQUIRE(rounds.ok());
    const auto& order = rounds.comparison->assessments;
    CHECK(order[0].date == "2026-03-18");
    CHECK(order[1].date == "2026-05-13");
    CHECK(order[2].date == "2028-05-17");
    REQUIRE(rounds.comparison->changes.size() == 2);
    const auto& followup = rounds.comparison->changes[1];
    CHECK_FALSE(followup.moved_up.empty());  // the follow-up shows progress
    // Lao PDR before two Tajik rounds is not one team's progress: flagged (in rounds order).
    CHECK(rounds.comparison->mixed_countries == std::vector<std::string>{"Lao PDR", "Tajikistan"});
    CHECK(peers.comparison->mixed_countries.empty());  // peers are meant to differ

    const auto tajik = scoring::compare_files({samples[0], samples[2]}, ComparisonMode::Rounds);
    REQUIRE(tajik.ok());
    CHECK(tajik.comparison->mixed_countries.empty());
}

TEST_CASE("a folder file of another framework is left out with a warning, a file named alone still blocks") {
    test::ScratchDir dir;
    std::filesystem::create_directory(dir / "mixed");
    assessment::save_assessment_file(rated({{"A.1", 2}}, "2026-01-01"), dir / "mixed" / "a.socle");
    assessment::save_assessment_file(rated({{"A.1", 4}}, "2026-02-01"), dir / "mixed" / "b.socle");
    auto other = rated({}, "2026-03-01", "frameworks/valid-minimal.xml");
    assessment::save_assessment_file(other, dir / "mixed" / "c.socle");

    const auto result = scoring::compare_files({dir / "mixed"}, ComparisonMode::Peers);
    REQUIRE(result.ok());
    CHECK(result.comparison->assessments.size() == 2);
    REQUIRE(result.skipped.size() == 1);
    CHECK(result.skipped[0].filename() == "c.socle");
    REQUIRE(result.diagnostics.items().size() == 1);
    CHECK_FALSE(result.diagnostics.has_errors());
    CHECK(result.diagnostics.items()[0].message.find("left out") != std::string::npos);
    // Frameworks by their titles, not their ids (issue 13).
    CAPTURE(result.diagnostics.items()[0].message);
    CHECK(result.diagnostics.items()[0].message.find("'Minimal test framework'") != std::string::npos);
    CHECK(result.diagnostics.items()[0].message.find("test-minimal") == std::string::npos);

    const auto named = scoring::compare_files({dir / "mixed" / "a.socle", dir / "mixed" / "c.socle"}, ComparisonMode::Peers);
    CHECK_FALSE(named.ok());
    CHECK(named.diagnostics.has_errors());
    REQUIRE_FALSE(named.diagnostics.items().empty());
    CHECK(named.diagnostics.items().back().message.find("'Minimal test framework'") != std::string::npos);
}

// Issue 13: the note points to what a facilitator has ("How to rate" in the
// walkthrough), not to docs/methodology.md, in every catalog language.
TEST_CASE("the mixed-methods note points to the walkthrough, not to a file of the source") {
    for (const char* lang : {"en", "fr", "ru", "lo", "tg"}) {
        CAPTURE(lang);
        const auto note = scoring::mixed_methods_note(lang);
        CHECK(note.find("docs/") == std::string::npos);
        CHECK(note.find("methodology.md") == std::string::npos);
        CHECK_FALSE(note.empty());
    }
    CHECK(scoring::mixed_methods_note("en").find("\"How to rate\"") != std::string::npos);
    CHECK(scoring::mixed_methods_note("ru").find("«Как оценивать»") != std::string::npos);
}

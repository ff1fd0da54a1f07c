// The next round from the last: what carries over, the last round's results
// remembered as "not re-examined", the link to the baseline, the file round
// trip, the move to a newer framework version and a merge of two copies.
#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "assessment/merge.h"
#include "assessment/next_round.h"
#include "common/sha256.h"
#include "frameworks/crosswalk.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;

namespace {

assessment::Assessment baseline() {
    auto a = test::assessment_fixture("mini-1.0.0.xml", 3);
    a.metadata.title = "Mini diagnostic";
    a.metadata.country = "Lao PDR";
    a.metadata.institutions = {"MoLSW", "NSSF"};
    a.metadata.round = "baseline";
    a.metadata.start_date = "2026-03-02";
    a.metadata.facilitator = "A. Facilitator";
    a.metadata.language = "fr";
    a.metadata.notes = "Room was cold";
    a.profile["has_insurance"] = "yes";
    a.core.schemes = {"Pension"};
    a.core.systems = {"Registry"};
    a.responses["A.1"].agreed = Vote::at(2);
    a.responses["A.1"].target = 3;
    a.responses["A.1"].votes = {{"p1", Vote::at(2)}};
    a.responses["A.2"].votes = {{"p1", Vote::at(3)}, {"p2", Vote::at(1)}, {"p3", Vote::at(2)}, };
    a.responses["A.3"].notes = "only a note";
    a.responses["B.3"].agreed = Vote::not_applicable();
    a.responses["B.1"].votes = {{"p1", Vote::unknown()}, {"p2", Vote::unknown()}};
    a.systems.systems.push_back({"sr", "Social registry", frameworks::SystemCategory::SocialRegistry, "",
                                 assessment::SystemStatus::Operational, "", std::nullopt, "", {"A.3"}});
    a.roadmap.steps["A.1:2"] = {"MoLSW", std::nullopt, false, ""};
    a.roadmap.domain_leads["A"] = "MoLSW";
    return a;
}

assessment::NextRoundOptions follow_up_options() {
    assessment::NextRoundOptions options;
    options.round = "follow-up 2028";
    options.start_date = "2028-03-06";
    options.baseline_file = "mini-baseline.socle";
    return options;
}

}  // namespace

TEST_CASE("the next round carries the set-up over and remembers the last round's results") {
    const auto last = baseline();
    auto started = assessment::start_next_round(last, follow_up_options());
    CHECK_FALSE(started.migration.has_value());  // the fixture framework has no built-in upgrade
    const auto& next = started.assessment;

    CHECK(next.framework().version == "1.0.0");
    CHECK(next.metadata.title == "Mini diagnostic");
    CHECK(next.metadata.country == "Lao PDR");
    CHECK(next.metadata.institutions == std::vector<std::string>{"MoLSW", "NSSF"});
    CHECK(next.metadata.facilitator == "A. Facilitator");
    CHECK(next.metadata.language == "fr");
    CHECK(next.metadata.round == "follow-up 2028");
    CHECK(next.metadata.start_date == "2028-03-06");
    CHECK(next.metadata.notes.empty());
    CHECK(next.profile == last.profile);
    CHECK(next.core == last.core);
    CHECK(next.systems == last.systems);
    CHECK(next.roadmap == last.roadmap);
    CHECK(next.participants.empty());
    CHECK(next.responses.empty());

    // The link to the baseline: its name, its round, its content's fingerprint.
    CHECK(next.metadata.baseline.file == "mini-baseline.socle");
    CHECK(next.metadata.baseline.round == "baseline");
    CHECK(next.metadata.baseline.fingerprint == common::sha256_hex(assessment::write_assessment(last)));

    // Agreed level, the lower median of votes, N/A and "don't know" from votes.
    REQUIRE(next.previous.size() == 4);
    CHECK(next.previous.at("A.1").result == Vote::at(2));
    CHECK(next.previous.at("A.1").target == 3);
    CHECK(next.previous.at("A.2").result == Vote::at(2));
    CHECK(next.previous.at("B.3").result == Vote::not_applicable());
    CHECK(next.previous.at("B.1").result == Vote::unknown());
    CHECK(next.previous.count("A.3") == 0);  // a note is not a result
    CHECK(next.previous.count("B.2") == 0);

    CHECK(next.not_re_examined("A.1"));
    CHECK_FALSE(next.not_re_examined("A.3"));
    // The team's own target stays in force.
    CHECK(next.target(*next.framework().find_indicator("A.1")) == 3);

    auto rated = next;
    rated.participants = last.participants;
    rated.responses["A.1"].votes["p1"] = Vote::at(3);
    CHECK_FALSE(rated.not_re_examined("A.1"));
    rated.responses["A.2"].agreed = Vote::at(1);
    CHECK_FALSE(rated.not_re_examined("A.2"));
    CHECK(rated.previous.at("A.2").result == Vote::at(2));  // the last round's result never changes
}

TEST_CASE("participants carry over on request, and a later round keeps the latest result known") {
    auto options = follow_up_options();
    options.keep_participants = true;
    options.baseline_fingerprint = "given";
    const auto next = assessment::start_next_round(baseline(), options).assessment;
    CHECK(next.participants == baseline().participants);
    CHECK(next.metadata.baseline.fingerprint == "given");

    // A third round: A.1 rated anew, A.2 left alone, so its 2028 status is
    // still the baseline's result.
    auto second = next;
    second.responses["A.1"].agreed = Vote::at(3);
    options.round = "follow-up 2030";
    options.baseline_file = "follow-up-2028.socle";
    const auto third = assessment::start_next_round(second, options).assessment;
    CHECK(third.metadata.baseline.round == "follow-up 2028");
    CHECK(third.previous.at("A.1").result == Vote::at(3));
    CHECK(third.previous.at("A.1").target == std::nullopt);
    CHECK(third.previous.at("A.2").result == Vote::at(2));
}

TEST_CASE("the next round's file keeps the last round's results and the baseline link") {
    test::ScratchDir dir;
    auto next = assessment::start_next_round(baseline(), follow_up_options()).assessment;
    next.participants = baseline().participants;
    next.responses["A.1"].votes["p2"] = Vote::at(3);
    const auto file = dir / "follow-up.socle";
    assessment::save_assessment_file(next, file);
    const std::string bytes = test::read_text(file);
    CHECK(bytes.find("<baseline file=\"mini-baseline.socle\" round=\"baseline\" fingerprint=\"") != std::string::npos);
    CHECK(bytes.find("<indicator id=\"A.1\" result=\"2\" target=\"3\"/>") != std::string::npos);
    CHECK(bytes.find("<indicator id=\"B.3\" result=\"na\"/>") != std::string::npos);
    const auto reopened = assessment::load_assessment_file(file);
    for (const auto& item : reopened.diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(reopened.ok());
    CHECK(reopened.assessment->same_content(next));
    CHECK(reopened.assessment->previous == next.previous);
    CHECK(reopened.assessment->metadata.baseline == next.metadata.baseline);
    CHECK(assessment::write_assessment(*reopened.assessment) == bytes);

    SUBCASE("a last-round result on an indicator the framework lacks is refused with its line") {
        std::string damaged = bytes;
        const std::string good = "<indicator id=\"B.3\" result=\"na\"/>";
        damaged.replace(damaged.find(good), good.size(), "<indicator id=\"Z.9\" result=\"2\"/>");
        const auto refused = assessment::read_assessment(damaged, "follow-up.socle");
        CHECK_FALSE(refused.ok());
        REQUIRE_FALSE(refused.diagnostics.items().empty());
        const auto message = common::format_diagnostic(refused.diagnostics.items().front());
        CHECK(message.find("follow-up.socle:") == 0);
        CHECK(message.find("Z.9") != std::string::npos);
    }
    SUBCASE("a result that is no level is refused") {
        std::string damaged = bytes;
        const std::string good = "<indicator id=\"B.3\" result=\"na\"/>";
        damaged.replace(damaged.find(good), good.size(), "<indicator id=\"B.3\" result=\"7\"/>");
        CHECK_FALSE(assessment::read_assessment(damaged, "follow-up.socle").ok());
    }
}

TEST_CASE("the next round starts on the newer framework version when a crosswalk leads there") {
    const auto last = baseline();
    const auto target = test::framework_fixture("mini-2.0.0.xml");
    const auto walk = frameworks::load_crosswalk_file(test::data_path("frameworks/mini-1.0.0-to-2.0.0.xml"),
                                                      &last.framework(), target.get());
    REQUIRE(walk.ok());
    auto options = follow_up_options();
    options.upgrade = assessment::NextRoundOptions::Upgrade{target, &*walk.crosswalk};
    const auto started = assessment::start_next_round(last, options);
    REQUIRE(started.migration.has_value());
    const auto& next = started.assessment;
    CHECK(next.framework().version == "2.0.0");
    CHECK(next.responses.empty());
    // Kept: the result as it was. Revised A.2: the median carried, marked.
    CHECK(next.previous.at("A.1").result == Vote::at(2));
    CHECK(next.previous.at("A.1").carried_from.empty());
    CHECK(next.previous.count("C.1") == 0);  // new in 2.0.0
    CHECK(next.previous.count("B.3") == 0);  // retired
    for (const auto& entry : next.previous) {  // no structured binding: clang 14 cannot capture one
        const std::string& id = entry.first;
        CAPTURE(id);
        CHECK(next.framework().find_indicator(id) != nullptr);
    }
    CHECK(next.metadata.baseline.round == "baseline");

    // Staying on the old version is a choice.
    options.stay_on_version = true;
    CHECK(assessment::start_next_round(last, options).assessment.framework().version == "1.0.0");
}

TEST_CASE("merging two copies of a follow-up keeps the last round's results") {
    auto base = assessment::start_next_round(baseline(), follow_up_options()).assessment;
    base.participants = baseline().participants;
    auto mine = base;
    mine.responses["A.1"].votes["p1"] = Vote::at(3);
    auto theirs = base;
    theirs.responses["B.2"].votes["p2"] = Vote::at(1);
    const auto result = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(result.merged.has_value());
    CHECK(result.conflicts.empty());
    CHECK(result.merged->previous == base.previous);
    CHECK(result.merged->metadata.baseline == base.metadata.baseline);
    CHECK(result.merged->response("A.1").votes.at("p1") == Vote::at(3));
}

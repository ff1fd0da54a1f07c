// The roadmap planner: one hand-built case per ordering rule, pins and
// exclusions, capacity, determinism, and the property that no step is ever
// planned before a step it waits for.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <random>

#include "frameworks/framework_catalog.h"
#include "scoring/roadmap.h"
#include "scoring/roadmap_text.h"
#include "assessment/assessment_io.h"
#include "assessment/system_csv.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;
using scoring::NoteKind;
using scoring::ProblemKind;
using scoring::ReasonKind;

namespace {

// Levels agreed by the room, one per indicator.
assessment::Assessment at_levels(std::map<std::string, int> levels) {
    auto a = test::assessment_fixture("roadmap.xml", 0);
    for (const auto& [id, level] : levels) a.responses[id].agreed = Vote::at(level);
    return a;
}

scoring::RoadmapPlan plan(const assessment::Assessment& a, const scoring::RoadmapSettings& settings = {}) {
    return scoring::plan_roadmap(a, scoring::score_assessment(a), settings);
}

bool waits_for(const scoring::RoadmapStep& step, const std::string& id, ReasonKind kind) {
    for (const auto& reason : step.reasons)
        if (reason.step_id == id && reason.kind == kind) return true;
    return false;
}

// The step's notes of one kind.
std::vector<scoring::StepNote> notes_of(const scoring::RoadmapStep& step, NoteKind kind) {
    std::vector<scoring::StepNote> found;
    for (const auto& note : step.notes)
        if (note.kind == kind) found.push_back(note);
    return found;
}

int position(const scoring::RoadmapPlan& p, const std::string& id) {
    for (std::size_t i = 0; i < p.steps.size(); ++i)
        if (p.steps[i].id == id) return static_cast<int>(i);
    return -1;
}

int phase_rank(const scoring::RoadmapPlan& p, const std::string& phase) {
    for (std::size_t i = 0; i < p.phases.size(); ++i)
        if (p.phases[i].settings.id == phase) return static_cast<int>(i);
    return 99;  // beyond the horizon
}

// No step before a step it waits for: an earlier phase, or earlier in the list.
void check_order(const scoring::RoadmapPlan& p) {
    for (const auto& step : p.steps) {
        for (const auto& before_id : step.after) {
            const auto* before = p.find(before_id);
            if (!before) continue;  // excluded
            CAPTURE(step.id);
            CAPTURE(before_id);
            if (step.pinned) continue;  // pins may break order; reported as problems
            CHECK(phase_rank(p, before->phase) <= phase_rank(p, step.phase));
            CHECK(position(p, before_id) < position(p, step.id));
        }
    }
}

}  // namespace

TEST_CASE("each level to climb is one step - in sequence - with the framework's effort") {
    const auto p = plan(at_levels({{"X.1", 1}, {"Y.1", 3}, {"Y.2", 3}}));
    REQUIRE(p.find("X.1:2") != nullptr);
    REQUIRE(p.find("X.1:3") != nullptr);
    CHECK(p.find("X.1:4") == nullptr);  // target 3
    CHECK(p.find("Y.1:4") == nullptr);  // at target: no step
    const auto& second = *p.find("X.1:3");
    CHECK(second.from == 2);
    CHECK(second.effort == frameworks::Effort::Medium);
    CHECK(second.points == doctest::Approx(3.0));
    CHECK(waits_for(second, "X.1:2", ReasonKind::Sequence));
    CHECK(position(p, "X.1:2") < position(p, "X.1:3"));
}

TEST_CASE("a prerequisite raises the other indicator past its target if needed and orders the steps") {
    // X.2 to level 3 needs X.1 at 3; X.1 has target 2 here, so its step to 3
    // is planned beyond its own target because X.2 needs it.
    auto a = at_levels({{"X.1", 2}, {"X.2", 2}});
    a.responses["X.1"].target = 2;
    const auto p = plan(a);
    const auto* enabling = p.find("X.1:3");
    REQUIRE(enabling != nullptr);
    CHECK(enabling->beyond_target);
    const auto& step = *p.find("X.2:3");
    CHECK(waits_for(step, "X.1:3", ReasonKind::Prerequisite));
    const auto& rule = step.reasons.back().rule;
    CHECK(rule.indicator_id == "X.2");
    CHECK(rule.to_level == 3);
    CHECK(rule.prerequisite_id == "X.1");
    CHECK(rule.level == 3);
    CHECK(scoring::reason_text(a, step.reasons.back()) == "Waits for X.1 (X) to level 3: X.2 to level 3 needs X.1 at level 3.");
    CHECK_FALSE(p.find("X.2:4")->reasons.empty());
    check_order(p);
}

TEST_CASE("a prerequisite already met adds no wait - one on an unknown level adds a note") {
    auto met = plan(at_levels({{"X.1", 3}, {"X.2", 2}}));
    CHECK(met.find("X.2:3")->after.empty());
    auto a = at_levels({{"X.2", 2}});
    a.responses["X.1"].agreed = Vote::unknown();
    const auto p = plan(a);
    CHECK(p.find("X.2:3")->after.empty());
    REQUIRE(p.find("X.2:3")->notes.size() == 1);
    const auto& note = p.find("X.2:3")->notes[0];
    CHECK(note.kind == NoteKind::UnknownPrerequisite);
    CHECK(note.rule.prerequisite_id == "X.1");
    CHECK(note.rule.level == 3);
    CHECK(scoring::note_text(a, p, note).find("needs X.1 at level 3, whose level is not known yet") != std::string::npos);
}

TEST_CASE("the system map orders a consumer's step after its provider's") {
    auto a = at_levels({{"X.1", 1}, {"Y.1", 1}});
    a.systems.systems = {{"id", "National ID", frameworks::SystemCategory::NationalId, "Ministry of Interior", {}, "", {}, "", {}},
                         {"mis", "Cash transfer MIS", frameworks::SystemCategory::ProgrammeMis, "MoLSW", {}, "", {}, "", {}}};
    a.systems.flows = {{"id", "mis", "identity", assessment::FlowMechanism::Api, "", true, "", "f-1"}};
    const auto p = plan(a);
    const auto& step = *p.find("Y.1:2");
    CHECK(waits_for(step, "X.1:2", ReasonKind::SystemDependency));
    CHECK(waits_for(*p.find("Y.1:3"), "X.1:3", ReasonKind::SystemDependency));
    const auto& reason = step.reasons.back();
    CHECK(reason.consumer == frameworks::SystemCategory::ProgrammeMis);
    CHECK(reason.provider == frameworks::SystemCategory::NationalId);
    REQUIRE(reason.flows.size() == 1);
    CHECK(reason.flows[0].from == "id");
    CHECK(reason.flows[0].to == "mis");
    // Worded with the systems' names, not their ids.
    CHECK(scoring::reason_text(a, reason) ==
          "Waits for X.1 (X) to level 2: in the system map, Programme MIS depends on Foundational / national ID "
          "(National ID → Cash transfer MIS).");
    CHECK(step.owner == "MoLSW");  // owner of the linked system
    CHECK(p.find("X.1:2")->owner == "Ministry of Interior");
    check_order(p);
}

TEST_CASE("a dependency names its first three flows and counts the others") {
    auto a = at_levels({{"X.1", 1}, {"Y.1", 1}});
    a.systems.systems = {{"mis", "MIS", frameworks::SystemCategory::ProgrammeMis, "", {}, "", {}, "", {}}};
    for (int i = 1; i <= 5; ++i) {
        a.systems.systems.push_back(
            {"id" + std::to_string(i), "ID " + std::to_string(i), frameworks::SystemCategory::NationalId, "", {}, "", {}, "", {}});
        a.systems.flows.push_back({"id" + std::to_string(i), "mis", "identity", assessment::FlowMechanism::Api, "", true, "", "f-" + std::to_string(i)});
    }
    const auto p = plan(a);
    const auto& step = *p.find("Y.1:2");
    REQUIRE(waits_for(step, "X.1:2", ReasonKind::SystemDependency));
    CHECK(step.reasons.back().flows.size() == 3);
    CHECK(step.reasons.back().flow_count == 5);
    CHECK(scoring::reason_text(a, step.reasons.back()).find("(ID 1 → MIS; ID 2 → MIS; ID 3 → MIS and 2 more flows)") !=
          std::string::npos);
}

TEST_CASE("a system-map edge against a prerequisite is left out, with one note") {
    // X.2 (social registry) to 3 needs X.1 (national ID) at 3; a map where the
    // ID system depends on the registry would put X.1:3 after X.2:3: a cycle.
    auto a = at_levels({{"X.1", 1}, {"X.2", 2}});
    a.systems.systems = {{"reg", "Registry", frameworks::SystemCategory::SocialRegistry, "", {}, "", {}, "", {}},
                         {"nid", "ID", frameworks::SystemCategory::NationalId, "", {}, "", {}, "", {}}};
    a.systems.flows = {{"reg", "nid", "addresses", assessment::FlowMechanism::File, "", false, "", "f-1"}};
    const auto p = plan(a);
    const auto& step = *p.find("X.1:3");
    CHECK_FALSE(waits_for(step, "X.2:3", ReasonKind::SystemDependency));
    REQUIRE(step.notes.size() == 1);
    CHECK(step.notes[0].kind == NoteKind::SystemOrderSkipped);
    CHECK(step.notes[0].steps == std::vector<std::string>{"X.2:3"});
    CHECK(waits_for(*p.find("X.2:3"), "X.1:3", ReasonKind::Prerequisite));
    check_order(p);
}

TEST_CASE("ties are broken by priority then id") {
    // Y has domain weight 2 and Y.2 indicator weight 2: priority 1 x 2 x 2 = 4,
    // Y.1: 1 x 1 x 2 = 2, X.1: 1 x 1 x 1 = 1.
    const auto p = plan(at_levels({{"X.1", 2}, {"Y.1", 2}, {"Y.2", 2}, {"X.2", 4}}));
    REQUIRE(p.steps.size() == 3);
    CHECK(p.steps[0].id == "Y.2:3");
    CHECK(p.steps[0].priority == doctest::Approx(4.0));
    CHECK(p.steps[1].id == "Y.1:3");
    CHECK(p.steps[2].id == "X.1:3");
}

TEST_CASE("capacity fills the earliest phase and what does not fit is beyond the horizon") {
    scoring::RoadmapSettings settings;
    settings.phases = {{"P1", "first", 0, 6, 4}, {"P2", "second", 6, 12, 3}};
    const auto p = plan(at_levels({{"Y.2", 1}, {"Y.1", 1}}), settings);
    // Steps S(1) M(3) per indicator; Y.2 first by priority.
    CHECK(p.find("Y.2:2")->phase == "P1");
    CHECK(p.find("Y.2:3")->phase == "P1");
    CHECK(p.phases[0].load == doctest::Approx(4.0));
    CHECK(p.find("Y.1:2")->phase == "P2");
    CHECK(p.find("Y.1:3")->phase.empty());
    CHECK(p.beyond_horizon == std::vector<std::string>{"Y.1:3"});
    CHECK(p.steps.back().id == "Y.1:3");
    check_order(p);
}

TEST_CASE("a step never goes into a phase before the steps it waits for") {
    scoring::RoadmapSettings settings;
    settings.phases = {{"P1", "first", 0, 6, 1}, {"P2", "second", 6, 12, 20}};
    const auto p = plan(at_levels({{"X.1", 1}}), settings);
    CHECK(p.find("X.1:2")->phase == "P1");
    CHECK(p.find("X.1:3")->phase == "P2");
}

TEST_CASE("pins move a step and a pin that breaks a prerequisite is reported") {
    auto a = at_levels({{"X.1", 2}, {"X.2", 2}, {"Y.2", 2}});
    a.roadmap.steps["Y.2:3"].pinned_phase = "P3";
    a.roadmap.steps["X.2:3"].pinned_phase = "P1";
    scoring::RoadmapSettings settings;
    settings.phases = {{"P1", "first", 0, 6, 6}, {"P2", "second", 6, 18, 6}, {"P3", "third", 18, 36, 20}};
    a.roadmap.steps["X.1:3"].pinned_phase = "P2";
    const auto p = plan(a, settings);
    CHECK(p.find("Y.2:3")->phase == "P3");
    CHECK(p.find("Y.2:3")->pinned);
    CHECK(p.find("X.2:3")->phase == "P1");
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].kind == ProblemKind::PinBeforeWait);
    CHECK(p.problems[0].step == "X.2:3");
    CHECK(p.problems[0].phase == "P1");
    CHECK(p.problems[0].waits_for == std::vector<std::string>{"X.1:3"});
    CHECK(scoring::problem_text(a, p, p.problems[0]) ==
          "Step X.2 (X) to level 3 is pinned to first, before steps it waits for: X.1 (X) to level 3.");

    a.responses["Y.1"].agreed = Vote::at(2);
    a.roadmap.steps["Y.1:3"].pinned_phase = "P9";
    const auto unknown = plan(a, settings).problems.back();
    CHECK(unknown.kind == ProblemKind::PinUnknownPhase);
    CHECK(unknown.step == "Y.1:3");
    CHECK(unknown.phase == "P9");

    a.roadmap.steps["Y.1:3"].pinned_phase.reset();
    a.roadmap.steps["Y.1:5"].pinned_phase = "P1";  // Y.1's target is 3: no such step
    const auto gone = plan(a, settings).problems.back();
    CHECK(gone.kind == ProblemKind::PinnedStepGone);
    CHECK(gone.step == "Y.1:5");
    CHECK(gone.waits_for.empty());
}

TEST_CASE("an excluded step is listed with its reason and what waits for it is not planned") {
    auto a = at_levels({{"X.1", 2}, {"X.2", 2}});
    a.roadmap.steps["X.1:3"] = {"", std::nullopt, true, "Done under another programme"};
    const auto p = plan(a);
    CHECK(p.find("X.1:3") == nullptr);
    REQUIRE(p.excluded.size() == 1);
    CHECK(p.excluded[0].reason == "Done under another programme");
    CHECK(p.find("X.2:3")->phase.empty());
    CHECK(p.find("X.2:3")->notes.back().kind == NoteKind::WaitsForExcluded);
    CHECK(p.find("X.2:3")->notes.back().steps == std::vector<std::string>{"X.1:3"});
    CHECK(p.find("X.2:4")->phase.empty());
}

TEST_CASE("the owner set by the team wins over the default") {
    auto a = at_levels({{"Y.2", 2}});
    a.roadmap.domain_leads["Y"] = "Ministry of Finance";
    CHECK(plan(a).find("Y.2:3")->owner == "Ministry of Finance");
    a.roadmap.steps["Y.2:3"].owner = "LSSO";
    CHECK(plan(a).find("Y.2:3")->owner == "LSSO");
}

TEST_CASE("a step pushed later by a full phase, or out of the horizon, says why") {
    scoring::RoadmapSettings settings;
    settings.phases = {{"P1", "first", 0, 6, 4}, {"P2", "second", 6, 12, 3}};
    const auto crowded = at_levels({{"Y.2", 1}, {"Y.1", 1}});
    const auto p = plan(crowded, settings);
    CHECK(p.find("Y.2:2")->notes.empty());  // fits where its waits allow
    REQUIRE(p.find("Y.1:2")->notes.size() == 1);
    const auto& later = p.find("Y.1:2")->notes[0];
    CHECK(later.kind == NoteKind::PlacedLater);
    CHECK(later.phases == std::vector<std::string>{"P1"});
    CHECK(later.points == doctest::Approx(1.0));
    CHECK(scoring::note_text(crowded, p, later) == "Placed later: first had no room left for it (effort points: 1).");
    REQUIRE(p.find("Y.1:3")->notes.size() == 1);
    const auto& out = p.find("Y.1:3")->notes[0];
    CHECK(out.kind == NoteKind::NoRoomLeft);
    CHECK(out.phases == std::vector<std::string>{"P2"});
    CHECK(out.points == doctest::Approx(3.0));

    // A step waiting for one beyond the horizon is beyond too, and says for which.
    settings.phases = {{"P1", "first", 0, 6, 1}};
    const auto q = plan(at_levels({{"X.1", 1}}), settings);
    CHECK(q.find("X.1:2")->phase == "P1");
    CHECK(q.find("X.1:3")->phase.empty());
    auto a = at_levels({{"X.1", 1}, {"X.2", 2}});
    const auto r = plan(a, settings);
    REQUIRE(r.find("X.2:3")->phase.empty());
    const auto waits = notes_of(*r.find("X.2:3"), NoteKind::WaitsBeyondHorizon);
    REQUIRE(waits.size() == 1);
    CHECK(waits[0].steps == std::vector<std::string>{"X.1:3"});
    CHECK(scoring::note_text(a, r, waits[0]) == "Waits for X.1 (X) to level 3, which is beyond the horizon.");
}

TEST_CASE("effort points follow the settings") {
    scoring::RoadmapSettings settings;
    settings.small_points = 2;
    settings.medium_points = 5;
    const auto p = plan(at_levels({{"X.1", 1}}), settings);
    CHECK(p.find("X.1:2")->points == doctest::Approx(2.0));
    CHECK(p.find("X.1:3")->points == doctest::Approx(5.0));
    CHECK(p.phases[0].load == doctest::Approx(7.0));
    const scoring::RoadmapSettings defaults;
    CHECK(defaults.points(frameworks::Effort::Small) == 1);
    CHECK(defaults.points(frameworks::Effort::Medium) == 3);
    CHECK(defaults.points(frameworks::Effort::Large) == 6);
    REQUIRE(defaults.phases.size() == 3);
    CHECK(defaults.phases[1].start_month == 6);
    CHECK(defaults.phases[2].end_month == 36);
}

TEST_CASE("plans of the full framework are deterministic and respect every wait") {
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    const auto framework = std::make_shared<const frameworks::Framework>(*catalog.find("sp-dmf"));
    std::mt19937 random(7);
    for (int round = 0; round < 20; ++round) {
        assessment::Assessment a(framework);
        for (const auto& domain : framework->domains)
            for (const auto& indicator : domain.indicators) {
                if (random() % 7 == 0) continue;
                a.responses[indicator.id].agreed = Vote::at(1 + static_cast<int>(random() % 4));
                if (random() % 3 == 0) a.responses[indicator.id].target = 2 + static_cast<int>(random() % 4);
            }
        const auto scores = scoring::score_assessment(a);
        const auto first = scoring::plan_roadmap(a, scores);
        const auto second = scoring::plan_roadmap(a, scores);
        REQUIRE(first.steps.size() == second.steps.size());
        for (std::size_t i = 0; i < first.steps.size(); ++i) {
            CHECK(first.steps[i].id == second.steps[i].id);
            CHECK(first.steps[i].phase == second.steps[i].phase);
        }
        check_order(first);
        for (const auto& phase : first.phases) CHECK(phase.load <= phase.settings.capacity + 1e-9);
    }
}

namespace {

// A random map: systems of random categories (with owners) and flows between
// them, so that the system-map ordering rule takes part in the plan.
assessment::SystemMap random_map(std::mt19937& random) {
    const auto categories = frameworks::all_categories();
    assessment::SystemMap map;
    const int systems = 3 + static_cast<int>(random() % 12);
    for (int i = 0; i < systems; ++i) {
        assessment::InformationSystem system;
        system.id = "s" + std::to_string(i);
        system.name = "System " + std::to_string(i);
        system.category = categories[random() % categories.size()];
        if (random() % 2) system.owner = "Owner " + std::to_string(i);
        map.systems.push_back(system);
    }
    const int flows = static_cast<int>(random() % (2 * systems));
    for (int i = 0; i < flows; ++i) {
        assessment::DataFlow flow;
        flow.from = "s" + std::to_string(random() % static_cast<unsigned>(systems));
        flow.to = "s" + std::to_string(random() % static_cast<unsigned>(systems));
        if (flow.from != flow.to) map.flows.push_back(flow);
    }
    return map;
}

}  // namespace

TEST_CASE("property: with system maps, exclusions and small phases, no step comes before what it waits for") {
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    const auto framework = std::make_shared<const frameworks::Framework>(*catalog.find("sp-dmf"));
    std::mt19937 random(2026);
    int system_edges = 0, beyond = 0;
    for (int round = 0; round < 60; ++round) {
        assessment::Assessment a(framework);
        for (const auto& domain : framework->domains)
            for (const auto& indicator : domain.indicators) {
                if (random() % 9 == 0) continue;
                a.responses[indicator.id].agreed = Vote::at(1 + static_cast<int>(random() % 4));
                if (random() % 3 == 0) a.responses[indicator.id].target = 2 + static_cast<int>(random() % 4);
            }
        a.systems = random_map(random);
        scoring::RoadmapSettings settings;
        const double scale = 0.3 + static_cast<double>(random() % 10) / 5.0;
        for (auto& phase : settings.phases) phase.capacity *= scale;
        const auto scores = scoring::score_assessment(a);
        const auto unconstrained = scoring::plan_roadmap(a, scores, settings);
        // Exclude a few steps; what waits for them must leave the horizon.
        for (const auto& step : unconstrained.steps)
            if (random() % 15 == 0) a.roadmap.steps[step.id] = {"", std::nullopt, true, "test"};
        const auto p = scoring::plan_roadmap(a, scores, settings);
        CAPTURE(round);
        check_order(p);
        for (const auto& phase : p.phases) CHECK(phase.load <= phase.settings.capacity + 1e-9);
        for (const auto& step : p.steps) {
            for (const auto& reason : step.reasons) system_edges += reason.kind == ReasonKind::SystemDependency;
            for (const auto& before : step.after)
                if (!p.find(before)) CHECK(step.phase.empty());  // waits for an excluded step
            if (step.phase.empty()) {
                ++beyond;
                CHECK(std::find(p.beyond_horizon.begin(), p.beyond_horizon.end(), step.id) != p.beyond_horizon.end());
                CHECK_FALSE(step.notes.empty());  // it says why
            }
        }
        CHECK(p.steps.size() + p.excluded.size() == unconstrained.steps.size());
    }
    CHECK(system_edges > 0);  // the maps did order something
    CHECK(beyond > 0);        // and capacity did bite
}

TEST_CASE("reasons are worded from a translated template - names with braces stay as they are") {
    auto a = at_levels({{"X.1", 1}, {"Y.1", 1}});
    a.systems.systems = {{"id", "ID {beta}", frameworks::SystemCategory::NationalId, "", {}, "", {}, "", {}},
                         {"mis", "MIS", frameworks::SystemCategory::ProgrammeMis, "", {}, "", {}, "", {}}};
    a.systems.flows = {{"id", "mis", "identity", assessment::FlowMechanism::Api, "", true, "", "f-1"}};
    const auto p = plan(a);
    const auto& reason = p.find("Y.1:2")->reasons.back();
    REQUIRE(reason.kind == ReasonKind::SystemDependency);
    // A translation may put the values in another order; categories are translated too.
    const scoring::Translate to_test = [](std::string_view english) -> std::string {
        if (english == "Waits for {step}: in the system map, {consumer} depends on {provider} ({flows}).")
            return "[{flows}] {provider} <- {consumer} / {step} / {unknown}";
        if (english == "Programme MIS") return "SIG";
        return std::string(english);
    };
    CHECK(scoring::reason_text(a, reason, to_test) ==
          "[ID {beta} → MIS] Foundational / national ID <- SIG / X.1 (X) to level 2 / {unknown}");
    // The "why" leaves out the obvious previous level and keeps the rest in order.
    const auto why = scoring::step_why(a, p, *p.find("Y.1:3"));
    CHECK(why.find("the level before") == std::string::npos);
    CHECK(why.rfind("Waits for X.1 (X) to level 3: in the system map", 0) == 0);
}

// `word` in `text` as a whole word (a system "banks" is not "Commercial banks").
bool holds_word(const std::string& text, const std::string& word) {
    auto part_of_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':'; };
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !part_of_word(text[at - 1]);
        const bool ends = at + word.size() == text.size() || !part_of_word(text[at + word.size()]);
        if (starts && ends) return true;
    }
    return false;
}

// Issue 13: "why it is here" is read out to a minister. On the Lao PDR sample
// with its system map, no sentence may show a step's id ("D4.2:3") or a
// system's id ("social_registry"): steps are named by indicator and level,
// systems by their names.
TEST_CASE("roadmap sentences name steps and systems in words, never by their ids") {
    auto loaded = assessment::load_assessment_file(test::source_path("samples/lao-pdr-2026-baseline.socle"));
    REQUIRE(loaded.ok());
    auto a = std::move(*loaded.assessment);
    if (a.systems.systems.empty()) {
        const auto src = test::source_path("samples/src/lao-pdr-2026");
        common::Diagnostics diagnostics;
        auto map = assessment::read_system_map_csv(test::read_text(src / "systems.csv"), "systems.csv",
                                                   test::read_text(src / "flows.csv"), "flows.csv",
                                                   a.framework().level_count(), diagnostics);
        REQUIRE(map.has_value());
        a.systems = std::move(*map);
    }
    // A pin before a wait, so that a problem is worded too.
    auto p = plan(a);
    const auto& first = p.phases.front().settings.id;
    std::string pulled;
    for (const auto& step : p.steps)
        for (const auto& before : step.after)
            if (const auto* waited = p.find(before); pulled.empty() && waited && !waited->phase.empty() && waited->phase != first)
                pulled = step.id;
    REQUIRE_FALSE(pulled.empty());
    a.roadmap.steps[pulled].pinned_phase = first;
    p = plan(a);
    REQUIRE_FALSE(p.problems.empty());

    std::vector<std::string> sentences;
    int from_map = 0;
    for (const auto& step : p.steps) {
        for (const auto& reason : step.reasons) {
            sentences.push_back(scoring::reason_text(a, reason));
            from_map += reason.kind == ReasonKind::SystemDependency;
        }
        for (const auto& note : step.notes) sentences.push_back(scoring::note_text(a, p, note));
        sentences.push_back(scoring::step_why(a, p, step));
    }
    for (const auto& problem : p.problems) sentences.push_back(scoring::problem_text(a, p, problem));
    REQUIRE(from_map > 0);  // the map did order steps, so its sentences are checked

    std::vector<std::string> ids;
    for (const auto& step : p.steps) ids.push_back(step.id);
    std::string names;
    for (const auto& system : a.systems.systems) names += system.name + "\n";
    for (const auto& system : a.systems.systems)
        if (!holds_word(names, system.id)) ids.push_back(system.id);  // "banks" is also a word of a name
    REQUIRE(ids.size() > p.steps.size() + 10);
    for (const auto& sentence : sentences) {
        CAPTURE(sentence);
        for (const auto& id : ids) {
            CAPTURE(id);
            CHECK_FALSE(holds_word(sentence, id));
        }
        // A step is named by its indicator and level instead.
        if (sentence.rfind("Waits for ", 0) == 0) CHECK(sentence.find(" to level ") != std::string::npos);
    }
}

TEST_CASE("step_label: a step as people read it, the indicator and the level it goes to") {
    CHECK(scoring::step_label("D4.2:3") == "D4.2 \u2192 3");
    CHECK(scoring::step_label("D10.6:5") == "D10.6 \u2192 5");
    CHECK(scoring::step_label("Q1") == "Q1");  // no level: as it is
}

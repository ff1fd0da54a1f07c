// The workbook, read back with openpyxl: sheets, values, live formulas and
// their cached values against the scores and the plan computed in C++,
// charts, freeze panes, filters, print set-up, document properties, text
// that looks like a formula, translated sheet names, an empty assessment.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "assessment/assessment_io.h"
#include "assessment/system_csv.h"
#include "common/collation.h"
#include "common/text.h"
#include "exports/detail/xlsx_sheet.h"
#include "exports/workbook.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/glossary.h"
#include "scoring/level_profile.h"
#include "scoring/roadmap.h"
#include "scoring/roadmap_text.h"
#include "tests/exports/workbook_dump.h"
#include "tests/exports/workbook_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using test::WorkbookDump;

namespace {

std::string at(int col, int row) { return test::column_name(col) + std::to_string(row); }

// A cached figure equals the C++ value, or is empty when C++ has none.
void check_cached(const WorkbookDump& dump, const std::string& sheet, const std::string& coord,
                  const std::optional<double>& expected) {
    const auto& cell = dump.at(sheet, coord);
    CAPTURE(sheet);
    CAPTURE(coord);
    CHECK(cell.kind == 'f');
    if (expected) CHECK(cell.cached_number() == doctest::Approx(*expected).epsilon(1e-12));
    else CHECK(cell.cached.empty());
}

std::optional<double> opt(const std::optional<int>& value) {
    return value ? std::optional<double>(*value) : std::nullopt;
}

}  // namespace

TEST_CASE("the sample's workbook: sheets, domain and overall formulas cached with the C++ scores") {
    const auto a = test::lao_sample_with_map();
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "lao.xlsx");
    const auto dump = test::dump_workbook(dir / "lao.xlsx");
    const auto scores = scoring::score_assessment(a);
    const auto profile = scoring::level_profile(scores, a);

    CHECK(dump.sheets == std::vector<std::string>{"Summary", "Domains", "Indicators", "Gaps", "Roadmap", "Systems",
                                                  "Flows", "Dependencies", "Participants", "Evidence",
                                                  "Method", "Sources", "Glossary"});
    REQUIRE(scores.domains.size() == a.framework().domains.size());
    const std::string level_column = "'Indicators'!$G$2:$G$" + std::to_string(a.framework().indicator_count() + 1);
    for (std::size_t i = 0; i < scores.domains.size(); ++i) {
        const auto& d = scores.domains[i];
        const int row = static_cast<int>(i) + 2;
        CAPTURE(d.id);
        CHECK(dump.at("Domains", at(0, row)).value == d.id);
        const auto& level = dump.at("Domains", at(3, row));
        CHECK(level.value.find("SUMPRODUCT(") != std::string::npos);
        CHECK(level.value.find(level_column) != std::string::npos);  // over the Level column
        check_cached(dump, "Domains", at(3, row), d.level);
        check_cached(dump, "Domains", at(4, row), opt(d.stage));
        check_cached(dump, "Domains", at(5, row), d.index);
        check_cached(dump, "Domains", at(6, row), d.target_level);
        check_cached(dump, "Domains", at(7, row), opt(d.weakest));
        CHECK(dump.at("Domains", at(8, row)).value == d.weakest_indicator);
        check_cached(dump, "Domains", at(9, row), d.completeness);
        check_cached(dump, "Domains", at(10, row), static_cast<double>(d.rated));
        check_cached(dump, "Domains", at(11, row), static_cast<double>(d.applicable));
        // Then the domain's level profile: a COUNTIFS per level, and the flags.
        const auto& counts = profile.domains[i].counts;
        for (int n = 1; n <= 5; ++n) {
            CHECK(dump.at("Domains", at(12 + n, row)).value.starts_with("=COUNTIFS("));
            check_cached(dump, "Domains", at(12 + n, row), double(counts.at_level[static_cast<std::size_t>(n - 1)]));
        }
        // The flags are plain counts, not formulas.
        CHECK(dump.at("Domains", at(18, row)).cached_number() == counts.low_confidence_total());
        CHECK(dump.at("Domains", at(19, row)).cached_number() == counts.undocumented_total());
    }
    CHECK(dump.at("Domains", "N1").value == "Level 1");

    // The headline: the level profile leads the Summary, before the means.
    const int headline = dump.row_of("Summary", "A", "Level profile");
    REQUIRE(headline > 0);
    CHECK(headline < dump.row_of("Summary", "A", "Overall"));
    int total = 0;
    for (int n = 1; n <= 5; ++n) {
        const int row = dump.row_of("Summary", "A", "Level " + std::to_string(n), headline);
        REQUIRE(row > headline);
        const auto at_level = static_cast<std::size_t>(n - 1);
        CHECK(dump.at("Summary", at(2, row)).value.starts_with("=COUNTIF("));
        check_cached(dump, "Summary", at(2, row), double(profile.overall.at_level[at_level]));
        CHECK(dump.at("Summary", at(3, row)).cached_number() == profile.overall.low_confidence[at_level]);
        CHECK(dump.at("Summary", at(4, row)).cached_number() == profile.overall.undocumented[at_level]);
        total += profile.overall.at_level[at_level];
    }
    CHECK(total == scores.overall.rated);
    CHECK(dump.at("Summary", at(2, dump.row_of("Summary", "A", "All indicators", headline))).cached_number() ==
          profile.overall.total());

    const int overall = dump.row_of("Summary", "A", "Overall");
    REQUIRE(overall > 0);
    const int level_row = dump.row_of("Summary", "A", "Level", overall);
    REQUIRE(level_row == overall + 1);
    CHECK(dump.at("Summary", at(1, level_row)).value.find("'Domains'!$D$2:$D$13") != std::string::npos);
    check_cached(dump, "Summary", at(1, level_row), scores.overall.level);
    check_cached(dump, "Summary", at(1, dump.row_of("Summary", "A", "Stage", overall)), opt(scores.overall.stage));
    const auto& stage_name = dump.at("Summary", at(1, dump.row_of("Summary", "A", "Stage name", overall)));
    CHECK(stage_name.kind == 'f');
    CHECK(stage_name.cached == a.framework().levels.at(static_cast<std::size_t>(*scores.overall.stage - 1)).name.get("en", "en"));
    check_cached(dump, "Summary", at(1, dump.row_of("Summary", "A", "Index (mean level on a 0-100 scale, not a percentage)", overall)), scores.overall.index);
    check_cached(dump, "Summary", at(1, dump.row_of("Summary", "A", "Completeness", overall)),
                 scores.overall.completeness);
    CHECK(dump.at("Summary", "B" + std::to_string(dump.row_of("Summary", "A", "Country"))).value == "Lao PDR");
    CHECK(dump.at("Summary", "B" + std::to_string(dump.row_of("Summary", "A", "Framework"))).value ==
          a.framework().id + " " + a.framework().version);
}

TEST_CASE("the sample's Indicators sheet: one row each with level, target, gap, spread, votes, confidence, evidence") {
    const auto a = test::lao_sample_with_map();
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "lao.xlsx");
    const auto dump = test::dump_workbook(dir / "lao.xlsx");
    const auto scores = scoring::score_assessment(a);
    const int first_vote = 10, confidence_col = first_vote + static_cast<int>(a.participants.size());

    for (std::size_t p = 0; p < a.participants.size(); ++p) {
        const auto& header = dump.at("Indicators", at(first_vote + static_cast<int>(p), 1)).value;
        if (a.participants[p].anonymous) CHECK(header == "Participant " + std::to_string(p + 1));
        else CHECK(header == a.participants[p].name);
    }
    CHECK(dump.at("Indicators", at(confidence_col, 1)).value == "Confidence");
    CHECK(dump.at("Indicators", at(confidence_col + 1, 1)).value == "Evidence");
    for (std::size_t i = 0; i < scores.indicators.size(); ++i) {
        const auto& s = scores.indicators[i];
        const int row = static_cast<int>(i) + 2;
        CAPTURE(s.id);
        CHECK(dump.at("Indicators", at(0, row)).value == s.id);
        CHECK(dump.at("Indicators", at(1, row)).value == s.domain_id);
        const auto* level = dump.find("Indicators", at(6, row));
        if (s.level) {
            REQUIRE(level != nullptr);
            CHECK(level->kind == 'n');
            CHECK(level->number() == *s.level);
        } else {
            CHECK(level == nullptr);  // blank: the formulas leave it out
        }
        CHECK(dump.at("Indicators", at(7, row)).number() == s.target);
        check_cached(dump, "Indicators", at(8, row), opt(s.gap));
        CHECK(dump.at("Indicators", at(9, row)).number() == s.spread);
        const auto& response = a.response(s.id);
        for (std::size_t p = 0; p < a.participants.size(); ++p) {
            const auto vote = response.votes.find(a.participants[p].id);
            const auto* cell = dump.find("Indicators", at(first_vote + static_cast<int>(p), row));
            if (vote == response.votes.end()) CHECK(cell == nullptr);
            else if (vote->second.kind == assessment::VoteKind::Level) CHECK(cell->number() == vote->second.level);
            else CHECK(cell->value == (vote->second.kind == assessment::VoteKind::NotApplicable ? "N/A" : "Unknown"));
        }
        if (!response.evidence.empty())
            CHECK(dump.at("Indicators", at(confidence_col + 1, row)).value.rfind(response.evidence, 0) == 0);
    }
    // A colour scale on the levels and on the votes.
    const auto& rules = dump.conditional.at("Indicators");
    CHECK(std::count(rules.begin(), rules.end(), std::pair<std::string, std::string>{"G2:G65", "colorScale"}) == 1);
    CHECK(std::count(rules.begin(), rules.end(),
                     std::pair<std::string, std::string>{"K2:" + at(confidence_col - 1, 65), "colorScale"}) == 1);
}

TEST_CASE("the sample's Roadmap sheet follows the plan: every step after what it waits for, a Gantt, the load") {
    const auto a = test::lao_sample_with_map();
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "lao.xlsx");
    const auto dump = test::dump_workbook(dir / "lao.xlsx");
    const auto plan = scoring::plan_roadmap(a, scoring::score_assessment(a));
    REQUIRE(plan.steps.size() > 10);

    CHECK(dump.at("Roadmap", "A1").value == "Step");
    CHECK(dump.at("Roadmap", "K1").number() == 1);
    CHECK(dump.at("Roadmap", "AT1").number() == 36);
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const auto& step = plan.steps[i];
        const int row = static_cast<int>(i) + 2;
        CAPTURE(step.id);
        CHECK(dump.at("Roadmap", at(0, row)).value == step.id);
        CHECK(dump.at("Roadmap", at(1, row)).value == (step.phase.empty() ? "Beyond horizon" : step.phase));
        CHECK(dump.at("Roadmap", at(5, row)).value == frameworks::effort_key(step.effort));
        CHECK(dump.at("Roadmap", at(6, row)).number() == step.points);
        CHECK(dump.at("Roadmap", at(7, row)).value == scoring::step_action(a, step));
        if (!step.owner.empty()) CHECK(dump.at("Roadmap", at(4, row)).value == step.owner);
        for (const auto& before : step.after) {
            const int before_row = dump.row_of("Roadmap", "A", before);
            CHECK(before_row > 0);
            CHECK(before_row < row);
        }
        // What it waits for, as people read a step ("D4.2 → 3"), not by id.
        if (!step.after.empty()) {
            const std::string after = dump.at("Roadmap", at(8, row)).value;
            CHECK(after.starts_with(scoring::step_label(step.after.front())));
            CHECK(after.find(':') == std::string::npos);
        }
        // The timeline: the phase's months hold the phase number, others nothing.
        for (const auto& phase : plan.phases) {
            if (phase.settings.id != step.phase) continue;
            const int number = static_cast<int>(&phase - plan.phases.data()) + 1;
            for (int m = 0; m < 36; ++m) {
                const auto* cell = dump.find("Roadmap", at(10 + m, row));
                const bool inside = m >= phase.settings.start_month && m < phase.settings.end_month;
                CHECK((inside ? cell && cell->number() == number : cell == nullptr));
            }
            CHECK(dump.at("Roadmap", at(2, row)).number() == phase.settings.start_month);
            CHECK(dump.at("Roadmap", at(3, row)).number() == phase.settings.end_month);
        }
    }
    const int last = static_cast<int>(plan.steps.size()) + 1;
    const auto& rules = dump.conditional.at("Roadmap");
    CHECK(std::count(rules.begin(), rules.end(),
                     std::pair<std::string, std::string>{"K2:AT" + std::to_string(last), "cellIs"}) == 4);

    const int load = dump.row_of("Roadmap", "A", "Load per phase");
    REQUIRE(load > last);
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        const int row = load + 2 + static_cast<int>(p);
        CHECK(dump.at("Roadmap", at(0, row)).value == plan.phases[p].settings.id);
        CHECK(dump.at("Roadmap", at(4, row)).number() == plan.phases[p].settings.capacity);
        CHECK(dump.at("Roadmap", at(5, row)).value.rfind("=SUMIFS(", 0) == 0);
        check_cached(dump, "Roadmap", at(5, row), plan.phases[p].load);
    }
    if (!plan.beyond_horizon.empty()) CHECK(dump.row_of("Roadmap", "A", "Beyond the horizon", load) > load);
}

TEST_CASE("the sample's workbook: charts, systems and flows, freeze panes, filters, print set-up, properties") {
    const auto a = test::lao_sample_with_map();
    REQUIRE(a.systems.systems.size() > 5);
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "lao.xlsx");
    const auto dump = test::dump_workbook(dir / "lao.xlsx");

    auto charts = dump.charts.at("Summary");
    std::sort(charts.begin(), charts.end());
    CHECK(charts == std::vector<std::string>{"barChart", "radarChart"});

    for (std::size_t i = 0; i < a.systems.systems.size(); ++i) {
        const auto& system = a.systems.systems[i];
        CHECK(dump.at("Systems", at(0, static_cast<int>(i) + 2)).value == system.id);
        CHECK(dump.at("Systems", at(1, static_cast<int>(i) + 2)).value == system.name);
        if (!system.owner.empty()) CHECK(dump.at("Systems", at(3, static_cast<int>(i) + 2)).value == system.owner);
    }
    REQUIRE_FALSE(a.systems.flows.empty());
    CHECK(dump.at("Flows", "C2").value == a.systems.flows[0].data);

    for (const char* sheet : {"Domains", "Indicators", "Gaps", "Roadmap", "Systems", "Flows", "Participants"}) {
        CAPTURE(sheet);
        CHECK(dump.freeze.count(sheet) == 1);
        REQUIRE(dump.filter.count(sheet) == 1);
        CHECK(dump.filter.at(sheet).rfind("A1:", 0) == 0);
        CHECK(dump.print.at(sheet).repeat_rows == "$1:$1");
    }
    for (const auto& sheet : dump.sheets) {
        CAPTURE(sheet);
        const auto& setup = dump.print.at(sheet);
        CHECK(setup.orientation == (sheet == "Method" ? "portrait" : "landscape"));
        CHECK(setup.fit_to_page == "1");
        CHECK((setup.fit_width.empty() || setup.fit_width == "1"));  // 1 is the default, left out
        CHECK(setup.fit_height == "0");                                // as many pages down as needed
    }
    CHECK(dump.properties.at("title") == a.metadata.title);
    CHECK(dump.properties.at("creator") == "Socle");
    CHECK(dump.properties.at("subject").find(a.framework().version) != std::string::npos);
    CHECK(dump.properties.at("keywords").find("Lao PDR") != std::string::npos);

    // Method: the framework's SHA-256 and the software version.
    const int sha = dump.row_of("Method", "A", "Framework SHA-256");
    REQUIRE(sha > 0);
    CHECK(dump.at("Method", "B" + std::to_string(sha)).value == a.framework().sha256);
    CHECK(dump.at("Method", "B" + std::to_string(dump.row_of("Method", "A", "Software"))).value.rfind("Socle ", 0) == 0);
    // Issue 13: the method points to what a facilitator has (the app's
    // "How is this computed?"), not to a file of Socle's source.
    int pointers = 0;
    for (const auto& entry : dump.cells.at("Method")) {
        const std::string& value = entry.second.value;
        CAPTURE(value);
        CHECK(value.find("docs/") == std::string::npos);
        pointers += value.find("\"How is this computed?\"") != std::string::npos;
    }
    CHECK(pointers == 1);
}

TEST_CASE("user text that starts with = + - @ is written as text, never as a formula") {
    auto a = test::lao_sample_with_map();
    a.metadata.title = "=1+1";
    a.metadata.notes = "-2+3";
    a.participants[0].name = "+cmd|' /C calc'!A0";
    a.participants[1].institution = "@SUM(A1:A9)";
    a.responses["D1.1"].evidence = "=HYPERLINK(\"http://example.org\",\"click\")";
    a.systems.systems[0].name = "@SUM(1)";
    a.roadmap.steps["D10.5:2"].owner = "=cmd|'/c calc'!A1";
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "odd.xlsx");
    const auto dump = test::dump_workbook(dir / "odd.xlsx");

    auto text_cell = [&](const std::string& sheet, const std::string& coord, const std::string& expected) {
        const auto& cell = dump.at(sheet, coord);
        CAPTURE(sheet);
        CAPTURE(coord);
        CHECK(cell.kind == 's');
        CHECK(cell.value == expected);
    };
    text_cell("Summary", "A1", "=1+1");
    text_cell("Summary", "B" + std::to_string(dump.row_of("Summary", "A", "Notes")), "-2+3");
    text_cell("Indicators", "K1", "+cmd|' /C calc'!A0");
    text_cell("Participants", "C2", "+cmd|' /C calc'!A0");
    text_cell("Participants", "D3", "@SUM(A1:A9)");
    text_cell("Indicators", at(10 + static_cast<int>(a.participants.size()) + 1, 2),
              "=HYPERLINK(\"http://example.org\",\"click\")");
    text_cell("Systems", "B2", "@SUM(1)");
    const int step = dump.row_of("Roadmap", "A", "D10.5:2");
    REQUIRE(step > 0);
    text_cell("Roadmap", "E" + std::to_string(step), "=cmd|'/c calc'!A1");
    // And no formula anywhere carries the user's text.
    for (const auto& [sheet, cells] : dump.cells)
        for (const auto& [coord, cell] : cells)
            if (cell.kind == 'f') {
                // CAPTURE is a lambda: clang 14 cannot capture a structured binding.
                const std::string& coordinate = coord;
                CAPTURE(coordinate);
                CHECK(cell.value.find("cmd") == std::string::npos);
                CHECK(cell.value.find("HYPERLINK") == std::string::npos);
                CHECK(cell.value != "=1+1");
            }
    CHECK(dump.properties.at("title").rfind("=1+1", 0) == 0);
}

TEST_CASE("the workbook in French and Russian: sheet names, labels, formulas over the translated sheets") {
    const auto a = test::lao_sample_with_map();
    const auto scores = scoring::score_assessment(a);
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "fr.xlsx", {"fr"});
    exports::write_workbook(a, dir / "ru.xlsx", {"ru"});
    const auto fr = test::dump_workbook(dir / "fr.xlsx");
    const auto ru = test::dump_workbook(dir / "ru.xlsx");
    CHECK(fr.sheets.front() == "Synthèse");
    CHECK(fr.sheets.at(4) == "Feuille de route");
    CHECK(ru.sheets.at(2) == "Индикаторы");
    CHECK(fr.at("Domaines", "D2").value.find("'Indicateurs'!$G$2:$G$65") != std::string::npos);
    // The interface's word for a domain (po/ru.po), not a workbook-only one.
    CHECK(ru.sheets.at(1) == "Направления");
    CHECK(ru.at("Направления", "D2").value.find("'Индикаторы'!$G$2:$G$65") != std::string::npos);
    check_cached(fr, "Domaines", "D2", scores.domains[0].level);
    check_cached(ru, "Направления", "D3", scores.domains[1].level);
    // The workbook says what the screen says: "Confiance", not "Fiabilité".
    const int confidence_col = 10 + static_cast<int>(a.participants.size());
    CHECK(fr.at("Indicateurs", at(confidence_col, 1)).value == "Confiance");
    // Framework texts follow the language too (the sample's framework has French).
    const auto* indicator = a.framework().find_indicator("D1.1");
    CHECK(fr.at("Indicateurs", "C2").value == a.framework().text(indicator->question, "fr"));
    CHECK(fr.at("Indicateurs", "C2").value != a.framework().text(indicator->question, "en"));
}

TEST_CASE("the Glossary sheet: the workbook language's term first, English next, sorted by the first") {
    const auto a = test::lao_sample_with_map();
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "lo.xlsx", {"lo"});
    exports::write_workbook(a, dir / "en.xlsx", {"en"});
    const auto lo = test::dump_workbook(dir / "lo.xlsx");
    const auto en = test::dump_workbook(dir / "en.xlsx");
    const auto& glossary = frameworks::builtin_glossary();
    const std::string sheet = lo.sheets.back();
    CHECK(sheet == "ປະມວນຄຳສັບ");  // po/lo.po
    CHECK(lo.at(sheet, "A1").value == "lo");
    CHECK(lo.at(sheet, "B1").value == "en");
    CHECK(lo.freeze.at(sheet) == "B2");
    // Every term, in the Lao alphabetical order of its Lao name (common/collation.h).
    const auto* social_protection = &glossary.terms.front();
    const int row = lo.row_of(sheet, "B", *social_protection->name.find("en"));
    REQUIRE(row > 1);
    CHECK(lo.at(sheet, "A" + std::to_string(row)).value == *social_protection->name.find("lo"));
    CHECK(lo.at(sheet, "F" + std::to_string(row)).value == "draft");
    // A term without a Lao name yet follows the others (its Lao cell empty).
    std::vector<std::string> lao;
    int rows = 0;
    for (int r = 2; lo.find(sheet, "B" + std::to_string(r)); ++r, ++rows)
        if (const auto* cell = lo.find(sheet, "A" + std::to_string(r))) {
            CHECK(static_cast<int>(lao.size()) == rows);
            lao.push_back(cell->value);
        }
    CHECK(rows == static_cast<int>(glossary.terms.size()));
    CHECK(std::is_sorted(lao.begin(), lao.end(),
                         [](const std::string& left, const std::string& right) { return common::collate_less(left, right, "lo"); }));
    // In English the English term leads and the rows follow it, case aside.
    CHECK(en.at("Glossary", "A1").value == "en");
    CHECK(en.at("Glossary", "B1").value == "fr");
    std::vector<std::string> english;
    for (int r = 2; en.find("Glossary", "A" + std::to_string(r)); ++r)
        english.push_back(common::to_lower_ascii(en.at("Glossary", "A" + std::to_string(r)).value));
    CHECK(english.size() == glossary.terms.size());
    CHECK(std::is_sorted(english.begin(), english.end()));
}

TEST_CASE("an assessment with no votes gives a workbook with empty figures, never zeros") {
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    assessment::Assessment a(std::make_shared<const frameworks::Framework>(*catalog.find("sp-dmf")));
    a.metadata.title = "Nothing voted yet";
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "empty.xlsx");
    const auto dump = test::dump_workbook(dir / "empty.xlsx");
    check_cached(dump, "Domains", "D2", std::nullopt);
    check_cached(dump, "Domains", "F2", std::nullopt);
    const int level = dump.row_of("Summary", "A", "Level", dump.row_of("Summary", "A", "Overall"));
    check_cached(dump, "Summary", "B" + std::to_string(level), std::nullopt);
    CHECK(dump.at("Roadmap", "A2").value.rfind("No step", 0) == 0);
    CHECK(dump.at("Systems", "A2").value == "No system recorded.");
}

TEST_CASE("the team's pins and exclusions show on the Roadmap sheet, with the problems they cause") {
    auto a = test::lao_sample_with_map();
    const auto before = scoring::plan_roadmap(a, scoring::score_assessment(a));
    // A step whose first wait is not in P1, pinned to P1: a broken prerequisite.
    const scoring::RoadmapStep* pinned = nullptr;
    for (const auto& step : before.steps)
        if (!step.after.empty() && before.find(step.after.front()) &&
            before.find(step.after.front())->phase != "P1") {
            pinned = &step;
            break;
        }
    REQUIRE(pinned != nullptr);
    const std::string pinned_id = pinned->id;
    a.roadmap.steps[pinned_id].pinned_phase = "P1";
    const std::string excluded_id = before.steps.back().id;
    REQUIRE(excluded_id != pinned_id);
    a.roadmap.steps[excluded_id] = {"", std::nullopt, true, "Done under the World Bank project"};
    const auto plan = scoring::plan_roadmap(a, scoring::score_assessment(a));
    REQUIRE_FALSE(plan.problems.empty());

    test::ScratchDir dir;
    exports::write_workbook(a, dir / "pins.xlsx");
    const auto dump = test::dump_workbook(dir / "pins.xlsx");
    const int row = dump.row_of("Roadmap", "A", pinned_id);
    REQUIRE(row > 0);
    CHECK(dump.at("Roadmap", "B" + std::to_string(row)).value == "P1");
    CHECK(dump.at("Roadmap", "J" + std::to_string(row)).value.find("pinned by the team") != std::string::npos);
    CHECK(dump.row_of("Roadmap", "A", excluded_id) > dump.row_of("Roadmap", "A", "Excluded by the team"));
    const int excluded = dump.row_of("Roadmap", "A", excluded_id, dump.row_of("Roadmap", "A", "Excluded by the team"));
    CHECK(dump.at("Roadmap", "B" + std::to_string(excluded)).value == "Done under the World Bank project");
    const int problems = dump.row_of("Roadmap", "A", "Problems");
    REQUIRE(problems > 0);
    CHECK(dump.at("Roadmap", "A" + std::to_string(problems + 1)).value == scoring::problem_text(a, plan, plan.problems.front()));

    // In French, the why column and the problems are worded from the label tables.
    exports::write_workbook(a, dir / "pins-fr.xlsx", {"fr"});
    const auto fr = test::dump_workbook(dir / "pins-fr.xlsx");
    const int fr_row = fr.row_of("Feuille de route", "A", pinned_id);
    REQUIRE(fr_row > 0);
    CHECK(fr.at("Feuille de route", "J" + std::to_string(fr_row)).value.find("(épinglée par l'équipe)") != std::string::npos);
    int french = 0;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const auto* cell = fr.find("Feuille de route", "J" + std::to_string(i + 2));
        const std::string why = cell ? cell->value : "";
        CAPTURE(why);
        french += why.find("Attend ") != std::string::npos;
        for (const char* english : {"Waits for", "Placed later", "No phase has room", "would also put it"})
            CHECK(why.find(english) == std::string::npos);
    }
    CHECK(french > 0);
    const int fr_problems = fr.row_of("Feuille de route", "A", "Problèmes");
    REQUIRE(fr_problems > 0);
    // The step in words (indicator, domain, level), never its id.
    const std::string fr_problem = fr.at("Feuille de route", "A" + std::to_string(fr_problems + 1)).value;
    CAPTURE(fr_problem);
    const auto colon = pinned_id.rfind(':');
    CHECK(fr_problem.rfind("L'étape " + pinned_id.substr(0, colon) + " (", 0) == 0);
    CHECK(fr_problem.find(" au niveau " + pinned_id.substr(colon + 1) + " est épinglée à 0-6 mois") != std::string::npos);
    CHECK(fr_problem.find(pinned_id) == std::string::npos);
}

TEST_CASE("a long chain of systems: the Dependencies lists name 25 systems, then how many more") {
    auto a = test::lao_sample_with_map();
    assessment::SystemMap chain;
    constexpr int kSystems = 40;
    for (int i = 0; i < kSystems; ++i) {
        assessment::InformationSystem system;
        system.id = "S" + std::to_string(i);
        system.name = "System " + std::to_string(i);
        chain.systems.push_back(system);
        if (i > 0) {
            assessment::DataFlow flow;
            flow.from = "S" + std::to_string(i - 1);
            flow.to = system.id;
            chain.flows.push_back(flow);
        }
    }
    a.systems = chain;
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "chain.xlsx");
    const auto dump = test::dump_workbook(dir / "chain.xlsx");
    // Layer order puts S0 first: 39 systems downstream, 25 named.
    const int row = dump.row_of("Dependencies", "A", "S0");
    REQUIRE(row > 0);
    CHECK(dump.at("Dependencies", "I" + std::to_string(row)).number() == 39);
    const std::string listed = dump.at("Dependencies", "J" + std::to_string(row)).value;
    CHECK(listed.rfind("System 1; System 2; ", 0) == 0);
    CHECK(listed.find("System 25; and 14 more") != std::string::npos);
    CHECK(listed.find("System 26") == std::string::npos);
}

// Row heights come from this estimate: lines break between words, so a
// text that would fit by its character count can still need another line.
TEST_CASE("wrapped_lines breaks between words, as spreadsheets do") {
    using exports::detail::wrapped_lines;
    // Width 10 holds about 11 characters a line.
    CHECK(wrapped_lines("", 10) == 1);
    CHECK(wrapped_lines("short", 10) == 1);
    CHECK(wrapped_lines("aaaaaa bbbbbb", 10) == 2);             // 13 characters, one break
    CHECK(wrapped_lines("aaaaaa bbbbbb cccccc dddddd", 10) == 4);  // 27 characters: by count 3, by words 4
    CHECK(wrapped_lines("first\nsecond", 10) == 2);
    CHECK(wrapped_lines(std::string(30, 'x'), 10) == 3);        // one word wider than the column, in pieces
    // Code points, not bytes: 6 Cyrillic letters are one short word.
    CHECK(wrapped_lines("\xd0\x9e\xd1\x86\xd0\xb5\xd0\xbd\xd0\xba\xd0\xb0", 10) == 1);
}

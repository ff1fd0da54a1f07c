// socle-cli roadmap FILE.socle [--format table|json|csv] [--cases]
#include <iostream>
#include <optional>

#include "common/json_writer.h"
#include "common/text.h"
#include "common/user_paths.h"
#include "exports/roadmap_csv.h"
#include "frameworks/practice_catalog.h"
#include "scoring/roadmap.h"
#include "scoring/roadmap_cases.h"
#include "scoring/roadmap_text.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli roadmap FILE.socle [--format table|json|csv [--raw-csv]] [--cases]\n\n"
    "Plans the steps from each indicator's level to its target, ordered by the\n"
    "framework's prerequisites and the system map, in phases of 0-6, 6-18 and\n"
    "18-36 months (see docs/methodology.md). The team's pins, owners and\n"
    "exclusions stored in the file are respected. JSON keys: phases [{id, name,\n"
    "start_month, end_month, capacity, load}], steps [{id, indicator, domain, from,\n"
    "to, phase, effort, points, owner, after, action, why, pinned}], beyond_horizon,\n"
    "excluded [{id, reason}], problems.\n"
    "--raw-csv writes every CSV field exactly as recorded. By default a text\n"
    "field starting with = + - @, a tab or a carriage return gets a leading '\n"
    "so that a spreadsheet never runs it as a formula (numbers are left alone).\n"
    "--cases names, for each step, up to three good-practice cases that show its\n"
    "indicator a level or so above the room's (socle-cli practices); in JSON as\n"
    "steps[].cases [{id, library, country, title}].\n";

// A step's cases, with the texts in the library's own language.
struct CaseView {
    std::string id, library, country, title;
};

std::vector<CaseView> cases_of(const scoring::RoadmapCases* cases, const std::string& step_id) {
    std::vector<CaseView> out;
    if (!cases) return out;
    for (const auto& cited : cases->for_step(step_id)) {
        const auto& lang = cited.library->default_language;
        out.push_back({cited.item->id, cited.library->id,
                       cited.item->anonymised ? std::string("(anonymised)")
                                              : cited.item->country_name.get(lang, lang),
                       cited.item->title.get(lang, lang)});
    }
    return out;
}

void write_json(const assessment::Assessment& assessment, const scoring::RoadmapPlan& plan,
                const scoring::RoadmapCases* cases) {
    common::JsonWriter json;
    json.begin_object().key("phases").begin_array();
    for (const auto& phase : plan.phases) {
        json.begin_object().key("id").value(phase.settings.id).key("name").value(phase.settings.name);
        json.key("start_month").value(phase.settings.start_month).key("end_month").value(phase.settings.end_month);
        json.key("capacity").value(phase.settings.capacity, -1).key("load").value(phase.load, -1).end_object();
    }
    json.end_array().key("steps").begin_array();
    for (const auto& step : plan.steps) {
        json.begin_object().key("id").value(step.id).key("indicator").value(step.indicator_id);
        json.key("domain").value(step.domain_id).key("from").value(step.from).key("to").value(step.to);
        json.key("phase");
        step.phase.empty() ? json.null() : json.value(step.phase);
        json.key("effort").value(frameworks::effort_key(step.effort)).key("points").value(step.points, -1);
        json.key("priority").value(step.priority, -1).key("owner").value(step.owner);
        json.key("after").begin_array();
        for (const auto& id : step.after) json.value(id);
        json.end_array();
        json.key("pinned").value(step.pinned).key("beyond_target").value(step.beyond_target);
        json.key("why").value(scoring::step_why(assessment, plan, step));
        json.key("action").value(scoring::step_action(assessment, step));
        if (cases) {
            json.key("cases").begin_array();
            for (const auto& view : cases_of(cases, step.id)) {
                json.begin_object().key("id").value(view.id).key("library").value(view.library);
                json.key("country").value(view.country).key("title").value(view.title).end_object();
            }
            json.end_array();
        }
        json.end_object();
    }
    json.end_array().key("beyond_horizon").begin_array();
    for (const auto& id : plan.beyond_horizon) json.value(id);
    json.end_array().key("excluded").begin_array();
    for (const auto& item : plan.excluded) json.begin_object().key("id").value(item.id).key("reason").value(item.reason).end_object();
    json.end_array().key("problems").begin_array();
    for (const auto& problem : plan.problems) json.value(scoring::problem_text(assessment, plan, problem));
    json.end_array().end_object();
    std::cout << json.str() << "\n";
}

void write_table(const assessment::Assessment& assessment, const scoring::RoadmapPlan& plan,
                 const scoring::RoadmapCases* cases) {
    for (const auto& phase : plan.phases) {
        std::cout << phase.settings.id << "  " << phase.settings.name << "  (load " << common::format_number(phase.load)
                  << " of " << common::format_number(phase.settings.capacity) << " points)\n";
        for (const auto& step : plan.steps) {
            if (step.phase != phase.settings.id) continue;
            std::cout << "  " << step.id << " [" << frameworks::effort_key(step.effort) << "] "
                      << (step.owner.empty() ? "" : step.owner + ": ") << scoring::step_action(assessment, step) << "\n";
            for (const auto& view : cases_of(cases, step.id))
                std::cout << "      see elsewhere: " << view.id << " (" << view.country << "): " << view.title << "\n";
        }
    }
    if (!plan.beyond_horizon.empty()) {
        std::cout << "Beyond the horizon:";
        for (const auto& id : plan.beyond_horizon) std::cout << " " << id;
        std::cout << "\n";
    }
    for (const auto& problem : plan.problems) std::cout << "Problem: " << scoring::problem_text(assessment, plan, problem) << "\n";
}

}  // namespace

int run_roadmap(const CommandArgs& raw) {
    const auto opened =
        open_command("roadmap", raw, {{"--format", true}, {"--raw-csv", false}, {"--cases", false}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("roadmap", "name one .socle file");
    const std::string format = args->value_or("--format", "table");
    if (!check_format("roadmap", format, {"table", "json", "csv"})) return kUsage;
    if (args->has("--raw-csv") && format != "csv") return usage_error("roadmap", "--raw-csv goes with --format csv");
    if (args->has("--cases") && format == "csv") return usage_error("roadmap", "--cases goes with table or json");
    const auto assessment = load_assessment_or_report(args->positional().front());
    if (!assessment) return kInvalidInput;
    const auto plan = scoring::plan_roadmap(*assessment, scoring::score_assessment(*assessment));
    std::optional<frameworks::PracticeCatalog> practices;
    std::optional<scoring::RoadmapCases> cases;
    if (args->has("--cases")) {
        practices = frameworks::PracticeCatalog::discover(common::user_practices_dir());
        print_diagnostics(practices->problems);
        cases = scoring::roadmap_cases(plan, practices->libraries, assessment->framework());
    }
    const auto* step_cases = cases ? &*cases : nullptr;
    if (format == "json") write_json(*assessment, plan, step_cases);
    else if (format == "csv")
        std::cout << exports::roadmap_csv(*assessment, plan,
                                          args->has("--raw-csv") ? common::CsvCells::Raw
                                                                 : common::CsvCells::SafeForSpreadsheets);
    else write_table(*assessment, plan, step_cases);
    return kOk;
}

}  // namespace socle::cli

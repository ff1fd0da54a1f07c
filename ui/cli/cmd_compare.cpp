// socle-cli compare A.socle B.socle DIR/ ... [--mode peers|rounds]
//                   [--format table|json] [-o comparison.xlsx] [--lang LANG]
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "common/json_writer.h"
#include "common/text.h"
#include "exports/comparison_workbook.h"
#include "scoring/comparison.h"
#include "scoring/figure_text.h"
#include "scoring/headline_text.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli compare FILE.socle|FOLDER ... [--mode peers|rounds]\n"
    "                 [--format table|json] [-o comparison.xlsx] [--lang LANG]\n\n"
    "Sets assessments of one framework side by side (a folder stands for every\n"
    "*.socle file in it, sorted by name). peers (default): in the order given;\n"
    "rounds: ordered by date, with the change since the previous round, the\n"
    "indicators that moved up or down and the targets reached. Assessments made\n"
    "with different versions of the framework are matched by id and, where a\n"
    "built-in crosswalk joins an older version to the newest (sp-dmf and the\n"
    "Quick Scan 1.0.0 -> 2.0.0), through it: a split id's level stands for each\n"
    "of its parts, merged ids give their successor the lowest of their levels.\n"
    "Ids that only some of them have (new, retired) are listed as unmatched.\n"
    "Median, quartiles and positions: docs/methodology.md, \"Comparison\".\n\n"
    "A file of another framework found in a folder is left out with a warning;\n"
    "rounds of more than one country are compared with a warning.\n\n"
    "JSON keys: mode, framework {id, levels}, position_threshold,\n"
    "mixed_methods (ratings made under different scoring methods),\n"
    "mixed_countries (rounds of several countries, else empty),\n"
    "caveat (peers: levels from different rooms are not calibrated against\n"
    "each other; null for rounds),\n"
    "assessments [{file, title, country, round, date, framework_version, method,\n"
    "anonymised, completeness, level, index, rated, applicable}],\n"
    "domains and indicators [{id, domain, matched, levels (null when not rated),\n"
    "median, q1, q3, positions, targets, completeness (domains), statuses\n"
    "(indicators), changes (rounds)}], unmatched [{id, kind, present_in,\n"
    "crosswalk (new, retired or null)}], crosswalks [{framework, from, to}],\n"
    "crosswalked [{id, kind (split, merged, kept, revised), old_ids, from, to}],\n"
    "changes (rounds) [{from, to, overall_change, moved_up, moved_down,\n"
    "targets_reached, newly_rated, no_longer_rated, not_re_examined}];\n"
    "not_re_examined (also a status): started from the earlier round and not\n"
    "rated anew, so never read as a change.\n"
    "-o writes the comparison workbook (xlsx) as well.\n";

void optional_array(common::JsonWriter& json, const std::vector<std::optional<double>>& values) {
    json.begin_array();
    for (const auto& value : values) json.value(value, -1);
    json.end_array();
}

void string_array(common::JsonWriter& json, const std::vector<std::string>& values) {
    json.begin_array();
    for (const auto& value : values) json.value(value);
    json.end_array();
}

void write_row(common::JsonWriter& json, const scoring::Comparison& c, const scoring::ComparedRow& row, bool domain) {
    json.begin_object().key("id").value(row.id).key("domain").value(row.domain_id);
    json.key("matched").value(row.matched());
    json.key("levels");
    optional_array(json, row.levels);
    json.key("median").value(row.median, -1).key("q1").value(row.q1, -1).key("q3").value(row.q3, -1);
    json.key("rated").value(row.rated);
    json.key("positions").begin_array();
    for (const auto& position : row.positions) position ? json.value(scoring::position_key(*position)) : json.null();
    json.end_array();
    json.key("targets");
    optional_array(json, row.targets);
    if (domain) {
        json.key("completeness");
        optional_array(json, row.completeness);
    } else {
        json.key("statuses").begin_array();
        for (std::size_t i = 0; i < row.statuses.size(); ++i)
            row.present[i] ? json.value(row.not_re_examined[i] ? std::string_view("not_re_examined")
                                                               : scoring::status_key(row.statuses[i]))
                           : json.null();
        json.end_array();
    }
    if (c.mode == scoring::ComparisonMode::Rounds) {
        json.key("changes");
        optional_array(json, row.changes);
    }
    json.end_object();
}

void write_json(const scoring::Comparison& c) {
    common::JsonWriter json;
    json.begin_object().key("mode").value(scoring::mode_key(c.mode));
    json.key("framework").begin_object().key("id").value(c.framework_id).key("levels").value(c.levels).end_object();
    json.key("position_threshold").value(scoring::kPositionThreshold, -1);
    json.key("mixed_methods").value(c.mixed_methods);
    json.key("mixed_countries").begin_array();
    for (const auto& country : c.mixed_countries) json.value(country);
    json.end_array();
    json.key("caveat");
    scoring::needs_peer_caveat(c) ? json.value(scoring::peer_caveat("en")) : json.null();
    json.key("assessments").begin_array();
    for (const auto& a : c.assessments) {
        json.begin_object().key("file").value(a.file).key("title").value(a.title).key("country").value(a.country);
        json.key("round").value(a.round).key("date").value(a.date).key("framework_version").value(a.framework_version);
        json.key("method").value(a.method);
        json.key("anonymised").value(a.anonymised).key("completeness").value(a.completeness, -1);
        json.key("level").value(a.level, -1).key("index").value(a.index, -1);
        json.key("rated").value(a.rated).key("applicable").value(a.applicable).end_object();
    }
    json.end_array();
    json.key("domains").begin_array();
    for (const auto& row : c.domains) write_row(json, c, row, true);
    json.end_array().key("indicators").begin_array();
    for (const auto& row : c.indicators) write_row(json, c, row, false);
    json.end_array().key("unmatched").begin_array();
    for (const auto& id : c.unmatched) {
        json.begin_object().key("id").value(id.id).key("kind").value(id.domain ? "domain" : "indicator");
        json.key("present_in").begin_array();
        for (std::size_t i : id.present_in) json.value(c.assessments[i].file);
        json.end_array().key("crosswalk");
        id.crosswalk ? json.value(frameworks::crosswalk_kind_key(*id.crosswalk)) : json.null();
        json.end_object();
    }
    json.end_array().key("crosswalks").begin_array();
    for (const auto& walk : c.crosswalks)
        json.begin_object().key("framework").value(walk.framework_id).key("from").value(walk.from_version)
            .key("to").value(walk.to_version).end_object();
    json.end_array().key("crosswalked").begin_array();
    for (const auto& match : c.crosswalked) {
        json.begin_object().key("id").value(match.id).key("kind").value(frameworks::crosswalk_kind_key(match.kind));
        json.key("old_ids");
        string_array(json, match.old_ids);
        json.key("from").value(match.from_version).key("to").value(match.to_version).end_object();
    }
    json.end_array();
    if (c.mode == scoring::ComparisonMode::Rounds) {
        json.key("changes").begin_array();
        for (const auto& change : c.changes) {
            json.begin_object().key("from").value(change.from).key("to").value(change.to);
            json.key("overall_change").value(change.overall_change, -1);
            json.key("moved_up");
            string_array(json, change.moved_up);
            json.key("moved_down");
            string_array(json, change.moved_down);
            json.key("targets_reached");
            string_array(json, change.targets_reached);
            json.key("newly_rated");
            string_array(json, change.newly_rated);
            json.key("no_longer_rated");
            string_array(json, change.no_longer_rated);
            json.key("not_re_examined");
            string_array(json, change.not_re_examined);
            json.end_object();
        }
        json.end_array();
    }
    json.end_object();
    std::cout << json.str() << "\n";
}

std::string show(const std::optional<double>& value) { return value ? scoring::level_text(*value) : "-"; }

std::string position_mark(const std::optional<scoring::Position>& position) {
    if (!position) return "";
    return *position == scoring::Position::Above ? "+" : *position == scoring::Position::Below ? "-" : "=";
}

void write_table(const scoring::Comparison& c, const std::string& lang) {
    const auto& named = c.text_framework();
    std::cout << "Comparison (" << scoring::mode_key(c.mode) << ") of " << c.assessments.size() << " assessments of "
              << named.text(named.title, lang) << " (" << c.framework_id << ")\n";
    if (!c.mixed_countries.empty()) {
        std::cout << "Warning: these rounds are of different countries (";
        for (std::size_t i = 0; i < c.mixed_countries.size(); ++i) std::cout << (i ? ", " : "") << c.mixed_countries[i];
        std::cout << "): rounds mode reads changes as one country's progress; compare countries with --mode peers.\n";
    }
    if (c.mixed_methods) std::cout << "Warning: " << scoring::mixed_methods_note(lang) << "\n";
    if (const auto note = scoring::crosswalk_note(c, lang); !note.empty()) std::cout << "Crosswalk: " << note << "\n";
    if (scoring::needs_peer_caveat(c)) std::cout << "Caveat: " << scoring::peer_caveat("en") << "\n";
    std::cout << "\n";
    for (std::size_t i = 0; i < c.assessments.size(); ++i) {
        const auto& a = c.assessments[i];
        std::cout << "  [" << i + 1 << "] " << scoring::assessment_label(a) << "  version " << a.framework_version
                  << ", level " << show(a.level) << ", completeness "
                  << (a.completeness ? scoring::percent_text(*a.completeness) : "-") << " (" << a.rated
                  << " of " << a.applicable << " rated)" << (a.anonymised ? ", anonymised" : "") << "\n";
    }
    std::cout << "\nDomain levels (+ above, = at, - below the median by more than "
              << common::format_number(scoring::kPositionThreshold, 2) << ")\n";
    std::cout << std::left << std::setw(8) << "domain";
    for (std::size_t i = 0; i < c.assessments.size(); ++i) std::cout << std::setw(8) << ("[" + std::to_string(i + 1) + "]");
    std::cout << std::setw(8) << "median" << std::setw(8) << "q1" << std::setw(8) << "q3" << "name\n";
    const auto& framework = c.text_framework();
    for (const auto& row : c.domains) {
        std::cout << std::setw(8) << row.id;
        for (std::size_t i = 0; i < row.levels.size(); ++i)
            std::cout << std::setw(8) << (show(row.levels[i]) + position_mark(row.positions[i]));
        const auto* model = c.domain_model(row.id);
        std::cout << std::setw(8) << show(row.median) << std::setw(8) << show(row.q1) << std::setw(8) << show(row.q3)
                  << (model ? framework.text(model->name, lang) : "") << "\n";
    }
    for (const auto& change : c.changes) {
        std::cout << "\n[" << change.from + 1 << "] -> [" << change.to + 1 << "]: overall change "
                  << (change.overall_change ? common::format_number(*change.overall_change, 2) : "-") << "\n";
        const auto list = [](const char* what, const std::vector<std::string>& ids) {
            std::cout << "  " << what << " (" << ids.size() << "):";
            for (const auto& id : ids) std::cout << " " << id;
            std::cout << "\n";
        };
        list("moved up", change.moved_up);
        list("moved down", change.moved_down);
        list("targets reached", change.targets_reached);
        if (!change.newly_rated.empty()) list("newly rated", change.newly_rated);
        if (!change.no_longer_rated.empty()) list("no longer rated", change.no_longer_rated);
        // Started from the earlier round and not rated anew: no change read into them.
        if (!change.not_re_examined.empty()) list("not re-examined", change.not_re_examined);
    }
    if (!c.crosswalked.empty()) {
        std::cout << "\nMatched through the crosswalk (the older version's level stands for the new id):\n";
        for (const auto& match : c.crosswalked) {
            std::cout << "  " << match.id << " <-";
            for (const auto& old_id : match.old_ids) std::cout << " " << old_id;
            std::cout << " (" << frameworks::crosswalk_kind_key(match.kind) << ", " << match.from_version << " -> "
                      << match.to_version << ")\n";
        }
    }
    if (!c.unmatched.empty()) {
        std::cout << "\nUnmatched ids (only in some of the assessments):\n";
        for (const auto& id : c.unmatched) {
            std::cout << "  " << id.id << " in";
            for (std::size_t i : id.present_in) std::cout << " [" << i + 1 << "]";
            if (id.crosswalk) std::cout << " (" << frameworks::crosswalk_kind_key(*id.crosswalk) << ")";
            std::cout << "\n";
        }
    }
}

}  // namespace

int run_compare(const CommandArgs& raw) {
    const auto opened = open_command("compare", raw, {{"--mode", true}, {"--format", true}, {"-o", true}, {"--lang", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().empty()) return usage_error("compare", "name the .socle files or folders to compare");
    const auto mode = scoring::parse_mode(args->value_or("--mode", "peers"));
    if (!mode) return usage_error("compare", "--mode is peers or rounds");
    const std::string format = args->value_or("--format", "table");
    if (!check_format("compare", format, {"table", "json"})) return kUsage;

    std::vector<std::filesystem::path> inputs;
    for (const auto& input : args->positional()) inputs.push_back(file_path(input));
    const auto result = scoring::compare_files(inputs, *mode);
    print_diagnostics(result.diagnostics);
    if (!result.ok()) return kInvalidInput;
    const std::string lang = args->value_or("--lang", "en");
    if (const auto out = args->value("-o")) exports::write_comparison_workbook(*result.comparison, file_path(*out), {lang});
    if (format == "json") write_json(*result.comparison);
    else write_table(*result.comparison, lang);
    return kOk;
}

}  // namespace socle::cli

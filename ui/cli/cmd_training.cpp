// socle-cli training list [--lang CODE] [--format table|json]
// socle-cli training new CASE -o FILE.socle [--lang CODE] [--force]
// socle-cli training check FILE.socle [--case CASE] [--format table|json]
// socle-cli training validate FILE...
#include <algorithm>
#include <iostream>
#include <memory>
#include <vector>

#include "assessment/assessment_io.h"
#include "assessment/training_assessment.h"
#include "common/display_width.h"
#include "common/json_writer.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/training_case_loader.h"
#include "frameworks/training_catalog.h"
#include "scoring/training_check.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli training list [--lang CODE] [--format table|json]\n"
    "       socle-cli training new CASE -o FILE.socle [--lang CODE] [--force]\n"
    "       socle-cli training check FILE.socle [--case CASE] [--format table|json]\n"
    "       socle-cli training validate FILE...\n\n"
    "Training mode (docs/training.md): a course rates a fictional country, then\n"
    "compares each team's levels with the case's expert key.\n\n"
    "list shows the built-in cases (title in --lang, default en).\n"
    "new writes a team's assessment of a case: the case's country, institutions,\n"
    "profile answers and system map in --lang (en, fr or ru; default en), round\n"
    "\"training\", nothing rated. --force overwrites FILE.socle (kept as .bak).\n"
    "check compares the team's agreed levels with the key: per indicator exact,\n"
    "one level off, further or not rated, the framework's descriptor that\n"
    "separates the two levels (the level just above the lower one) in the\n"
    "file's language, and the spread of the votes; then counts per domain and\n"
    "overall. The case is the one the file was made from, or --case. Exit 0.\n"
    "validate checks case files (a case being written) and the framework ids\n"
    "they use; problems go to stderr as FILE:LINE:COLUMN: error: MESSAGE (exit 1).\n\n"
    "JSON of list: an array of {id, version, framework, framework_version,\n"
    "title, country, indicators}. JSON of check: {case, framework, language,\n"
    "indicators: [{indicator, domain, team, key, distance, separating_level,\n"
    "separating_sentence, votes_min, votes_max}], domains: [{domain, exact,\n"
    "one_off, further, not_rated}], overall: {exact, one_off, further,\n"
    "not_rated}}; team and votes_* are null when absent; distance is exact,\n"
    "one_off, further or not_rated.\n";

const std::string& in(const frameworks::LocalizedText& text, const std::string& lang) {
    return text.get(lang, frameworks::kTrainingDefaultLanguage);
}

// A table whose columns line up by display width (Cyrillic, Lao).
void print_table(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], common::display_width(row[i]));
        }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row[i] : common::pad_to_width(row[i], widths[i]) + "  ";
        std::cout << line << "\n";
    }
}

int run_list(const Args& args) {
    const std::string format = args.value_or("--format", "table");
    if (!check_format("training", format, {"table", "json"})) return kUsage;
    const std::string lang = args.value_or("--lang", frameworks::kTrainingDefaultLanguage);
    const auto& cases = frameworks::training_catalog();
    if (format == "json") {
        common::JsonWriter json;
        json.begin_array();
        for (const auto& item : cases) {
            json.begin_object();
            json.key("id").value(item.id);
            json.key("version").value(item.version);
            json.key("framework").value(item.framework);
            json.key("framework_version").value(item.framework_version);
            json.key("title").value(in(item.title, lang));
            json.key("country").value(in(item.country_name, lang));
            json.key("indicators").value(static_cast<int>(item.indicators.size()));
            json.end_object();
        }
        json.end_array();
        std::cout << json.str() << "\n";
        return kOk;
    }
    std::vector<std::vector<std::string>> rows{{"case", "framework", "indicators", "title"}};
    for (const auto& item : cases)
        rows.push_back({item.id, item.framework + " " + item.framework_version,
                        std::to_string(item.indicators.size()), in(item.title, lang)});
    print_table(rows);
    return kOk;
}

// The built-in framework a case rates; a missing one is a build defect
// the tests catch, reported plainly here all the same.
const frameworks::Framework* framework_of(const frameworks::FrameworkCatalog& catalog,
                                          const frameworks::TrainingCase& item) {
    const auto* framework = catalog.find(item.framework, item.framework_version);
    if (!framework)
        std::cerr << "socle-cli training: case '" << item.id << "' rates " << item.framework << " "
                  << item.framework_version << ", which this version of Socle does not have\n";
    return framework;
}

std::string known_case_ids() {
    std::string ids;
    for (const auto& item : frameworks::training_catalog()) ids += (ids.empty() ? "" : ", ") + item.id;
    return ids;
}

int run_new_team_file(const std::vector<std::string>& positional, const Args& args) {
    if (positional.size() != 2) return usage_error("training", "new takes one case id (see 'socle-cli training list')");
    const auto output = args.value("-o");
    if (!output) return usage_error("training", "new needs -o FILE.socle");
    const auto* item = frameworks::find_training_case(positional[1]);
    if (!item) {
        std::cerr << "socle-cli training: no case '" << positional[1] << "'; the cases are " << known_case_ids() << "\n";
        return kInvalidInput;
    }
    const std::string lang = args.value_or("--lang", frameworks::kTrainingDefaultLanguage);
    if (!item->title.has(lang)) {
        std::string langs;
        for (const auto& [code, text] : item->title.all()) langs += (langs.empty() ? "" : ", ") + code;
        return usage_error("training", "case '" + item->id + "' is not written in '" + lang + "'; it has " + langs);
    }
    if (!output_can_be_created(*output, args.has("--force"))) return kInvalidInput;
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    const auto* framework = framework_of(catalog, *item);
    if (!framework) return kFailure;
    auto made = assessment::new_training_assessment(*item, std::make_shared<const frameworks::Framework>(*framework),
                                                    lang);
    print_diagnostics(made.diagnostics);
    if (!made.ok()) return kInvalidInput;
    assessment::save_assessment_file(*made.assessment, file_path(*output));
    std::cout << "created " << *output << " (training case " << item->id << ", " << framework->id << " "
              << framework->version << ", " << item->indicators.size() << " indicators, in " << lang << ")\n";
    return kOk;
}

// The case a team file was made from: --case, else the one its notes name,
// else the only built-in case of its framework.
const frameworks::TrainingCase* case_for(const assessment::Assessment& team, const Args& args) {
    std::string case_id = args.value_or("--case", assessment::training_case_named_in(team.metadata));
    if (case_id.empty()) {
        std::vector<const frameworks::TrainingCase*> matching;
        for (const auto& item : frameworks::training_catalog())
            if (item.framework == team.framework().id) matching.push_back(&item);
        if (matching.size() == 1) return matching.front();
        std::cerr << "socle-cli training: the file does not say which case it was made from; name it with --case ("
                  << known_case_ids() << ")\n";
        return nullptr;
    }
    const auto* item = frameworks::find_training_case(case_id);
    if (!item) std::cerr << "socle-cli training: no case '" << case_id << "'; the cases are " << known_case_ids() << "\n";
    return item;
}

std::string level_text(const std::optional<int>& level) { return level ? std::to_string(*level) : "-"; }

std::string spread_text(const scoring::KeyCheck& check) {
    if (!check.votes_min) return "-";
    if (*check.votes_min == *check.votes_max) return std::to_string(*check.votes_min);
    return std::to_string(*check.votes_min) + ".." + std::to_string(*check.votes_max);
}

std::string distance_text(scoring::KeyDistance distance) {
    switch (distance) {
        case scoring::KeyDistance::Exact: return "exact";
        case scoring::KeyDistance::OneOff: return "one level off";
        case scoring::KeyDistance::Further: return "further";
        case scoring::KeyDistance::NotRated: return "not rated";
    }
    return "";
}

void json_optional(common::JsonWriter& json, const char* name, const std::optional<int>& value) {
    json.key(name);
    if (value)
        json.value(*value);
    else
        json.null();
}

void json_counts(common::JsonWriter& json, const scoring::KeyCounts& counts) {
    json.key("exact").value(counts.exact);
    json.key("one_off").value(counts.one_off);
    json.key("further").value(counts.further);
    json.key("not_rated").value(counts.not_rated);
}

void write_check_json(const scoring::TrainingCheck& check, const frameworks::TrainingCase& item,
                      const assessment::Assessment& team) {
    common::JsonWriter json;
    json.begin_object();
    json.key("case").value(item.id);
    json.key("framework").value(team.framework().id);
    json.key("language").value(team.metadata.language);
    json.key("indicators").begin_array();
    for (const auto& row : check.indicators) {
        json.begin_object();
        json.key("indicator").value(row.indicator_id);
        json.key("domain").value(row.domain_id);
        json_optional(json, "team", row.team_level);
        json.key("key").value(row.key_level);
        json.key("distance").value(scoring::key_distance_key(row.distance));
        json.key("separating_level").value(row.separating_level);
        json.key("separating_sentence").value(row.separating_sentence);
        json_optional(json, "votes_min", row.votes_min);
        json_optional(json, "votes_max", row.votes_max);
        json.end_object();
    }
    json.end_array();
    json.key("domains").begin_array();
    for (const auto& domain : check.domains) {
        json.begin_object();
        json.key("domain").value(domain.domain_id);
        json_counts(json, domain.counts);
        json.end_object();
    }
    json.end_array();
    json.key("overall").begin_object();
    json_counts(json, check.overall);
    json.end_object();
    json.end_object();
    std::cout << json.str() << "\n";
}

std::vector<std::string> count_row(const std::string& name, const scoring::KeyCounts& counts) {
    return {name, std::to_string(counts.exact), std::to_string(counts.one_off), std::to_string(counts.further),
            std::to_string(counts.not_rated)};
}

void write_check_table(const scoring::TrainingCheck& check, const frameworks::TrainingCase& item) {
    std::cout << "Training case " << item.id << ": the team's agreed levels against the key\n\n";
    std::vector<std::vector<std::string>> rows{{"indicator", "team", "key", "result", "votes"}};
    for (const auto& row : check.indicators)
        rows.push_back({row.indicator_id, level_text(row.team_level), std::to_string(row.key_level),
                        distance_text(row.distance), spread_text(row)});
    print_table(rows);
    std::cout << "\nWhat separates the team's level from the key's (the descriptor of the level above the lower one):\n";
    for (const auto& row : check.indicators)
        if (row.distance != scoring::KeyDistance::Exact)
            std::cout << "  " << row.indicator_id << " (level " << row.separating_level
                      << "): " << row.separating_sentence << "\n";
    std::cout << "\n";
    std::vector<std::vector<std::string>> counts{{"domain", "exact", "one off", "further", "not rated"}};
    for (const auto& domain : check.domains) counts.push_back(count_row(domain.domain_id, domain.counts));
    counts.push_back(count_row("overall", check.overall));
    print_table(counts);
}

int run_check(const std::vector<std::string>& positional, const Args& args) {
    if (positional.size() != 2) return usage_error("training", "check takes one team file (FILE.socle)");
    const std::string format = args.value_or("--format", "table");
    if (!check_format("training", format, {"table", "json"})) return kUsage;
    const auto team = load_assessment_or_report(positional[1]);
    if (!team) return kInvalidInput;
    const auto* item = case_for(*team, args);
    if (!item) return kInvalidInput;
    if (team->framework().id != item->framework || team->framework().version != item->framework_version) {
        std::cerr << positional[1] << ":1:1: error: the file rates " << team->framework().id << " "
                  << team->framework().version << ", but case '" << item->id << "' is keyed on " << item->framework
                  << " " << item->framework_version << "\n";
        return kInvalidInput;
    }
    const auto check = scoring::check_against_key(*team, *item);
    if (format == "json")
        write_check_json(check, *item, *team);
    else
        write_check_table(check, *item);
    return kOk;
}

int run_validate_cases(const std::vector<std::string>& files) {
    if (files.empty()) return usage_error("training", "name the case file to check");
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    int exit_code = kOk;
    for (const auto& file : files) {
        const auto loaded = frameworks::load_training_case_file(file_path(file));
        print_diagnostics(loaded.diagnostics);
        if (!loaded.ok()) {
            exit_code = kInvalidInput;
            continue;
        }
        const auto& item = *loaded.training_case;
        const auto* framework = framework_of(catalog, item);
        if (!framework) {
            exit_code = kInvalidInput;
            continue;
        }
        auto problems = frameworks::check_training_case(item, *framework);
        problems.append(assessment::new_training_assessment(
                            item, std::make_shared<const frameworks::Framework>(*framework), "en")
                            .diagnostics);
        print_diagnostics(problems);
        if (problems.has_errors()) {
            exit_code = kInvalidInput;
            continue;
        }
        std::cout << file << ": valid training case '" << item.id << "' " << item.version << ", "
                  << item.indicators.size() << " indicators keyed on " << item.framework << " "
                  << item.framework_version << "\n";
    }
    return exit_code;
}

}  // namespace

int run_training(const CommandArgs& raw) {
    const auto opened = open_command(
        "training", raw, {{"--lang", true}, {"--format", true}, {"-o", true}, {"--case", true}, {"--force", false}},
        kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = *opened.args;
    const auto& positional = args.positional();
    if (positional.empty()) return usage_error("training", "name a sub-command: list, new, check or validate");
    const auto& sub = positional.front();
    if (sub == "list") {
        if (positional.size() != 1) return usage_error("training", "list takes no argument");
        return run_list(args);
    }
    if (sub == "new") return run_new_team_file(positional, args);
    if (sub == "check") return run_check(positional, args);
    if (sub == "validate") return run_validate_cases({positional.begin() + 1, positional.end()});
    return usage_error("training", "unknown sub-command '" + sub + "'; use list, new, check or validate");
}

}  // namespace socle::cli

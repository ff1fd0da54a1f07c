// socle-cli systems import|export FILE.socle --systems S.csv --flows F.csv
// socle-cli systems FILE.socle [--format table|json] [--full] [--dot MAP.dot [--lang CODE]]
#include <iostream>
#include <optional>

#include "assessment/assessment_io.h"
#include "assessment/system_csv.h"
#include "common/atomic_file.h"
#include "common/csv.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/json_writer.h"
#include "common/text.h"
#include "common/translations.h"
#include "exports/dot_export.h"
#include "scoring/system_analysis.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli systems import FILE.socle --systems SYSTEMS.csv [--flows FLOWS.csv]\n"
    "       socle-cli systems export FILE.socle [--systems SYSTEMS.csv] [--flows FLOWS.csv] [--raw-csv]\n"
    "       socle-cli systems FILE.socle [--format table|json] [--full] [--dot MAP.dot [--lang CODE]]\n\n"
    "import replaces the assessment's system map with the two CSV files (UTF-8,\n"
    "header row): id,name,category,owner,status,hosting,maturity,notes and\n"
    "from,to,data,mechanism,frequency,agreement,notes. Every bad row is reported\n"
    "with its line, and the file changes only when both files are valid (the\n"
    "previous version is kept as FILE.socle.bak). export writes them back.\n"
    "--raw-csv writes every CSV field exactly as recorded. By default a text\n"
    "field starting with = + - @, a tab or a carriage return gets a leading '\n"
    "so that a spreadsheet never runs it as a formula (numbers are left alone;\n"
    "import removes that quote again).\n"    "\n"
    "Otherwise prints the analysis of the map (docs/methodology.md, \"System map\n"
    "analysis\"); a flow A -> B means B depends on data from A. JSON keys: systems\n"
    "[{id, name, category, status, layer, cycle}], order (layers of ids), cycles,\n"
    "hubs [{id, betweenness}], articulation_points, bridges ([from, to] pairs),\n"
    "impact (id -> {count, ids}: the systems downstream), upstream (id -> {count,\n"
    "ids}), silos, interoperability {index, by_mechanism {key: {flows, share}}},\n"
    "flows_without_agreement [{from, to, data, mechanism}]. count is the number of\n"
    "systems reached; ids names the first 25 of them in map order, or all of them\n"
    "with --full (on a large map that output grows with the square of its size).\n"
    "--dot also writes the map for Graphviz (dot -Tsvg), its legend in the\n"
    "session's language (or --lang en, fr, ru, lo, tg).\n";

std::optional<std::string> read_or_report(const std::string& path) {
    common::Diagnostics diagnostics;
    auto text = common::read_file_or_diagnose(common::path_from_utf8(path), diagnostics);
    print_diagnostics(diagnostics);
    return text;
}

int run_import(const Args& args) {
    const auto systems_file = args.value("--systems");
    if (!systems_file) return usage_error("systems", "import needs --systems SYSTEMS.csv");
    const std::string socle_file = args.positional()[1];
    auto assessment = load_assessment_or_report(socle_file);
    if (!assessment) return kInvalidInput;
    const auto flows_file = args.value("--flows");
    const auto systems_text = read_or_report(*systems_file);
    const auto flows_text = flows_file ? read_or_report(*flows_file) : std::optional<std::string>("from,to,mechanism\n");
    if (!systems_text || !flows_text) return kInvalidInput;
    common::Diagnostics diagnostics;
    auto imported = assessment::import_system_map_csv(*assessment, *systems_text, *systems_file, *flows_text,
                                                      flows_file.value_or("flows.csv"), diagnostics);
    print_diagnostics(diagnostics);
    if (!imported) {
        std::cerr << "nothing was imported: correct the lines above and run the import again\n";
        return kInvalidInput;
    }
    imported->edit.apply(*assessment);
    assessment::save_assessment_file(*assessment, file_path(socle_file));
    std::cout << "imported " << imported->systems << " systems and " << imported->flows << " flows into "
              << socle_file << "\n";
    return kOk;
}

int run_export_csv(const Args& args) {
    const auto systems_file = args.value("--systems");
    const auto flows_file = args.value("--flows");
    if (!systems_file && !flows_file) return usage_error("systems", "export needs --systems FILE, --flows FILE or both");
    const auto assessment = load_assessment_or_report(args.positional()[1]);
    if (!assessment) return kInvalidInput;
    const auto cells = args.has("--raw-csv") ? common::CsvCells::Raw : common::CsvCells::SafeForSpreadsheets;
    if (systems_file) common::write_file_atomically(file_path(*systems_file), common::csv_file_content(assessment::systems_csv(assessment->systems, cells)));
    if (flows_file) common::write_file_atomically(file_path(*flows_file), common::csv_file_content(assessment::flows_csv(assessment->systems, cells)));
    std::cout << "wrote " << assessment->systems.systems.size() << " systems and " << assessment->systems.flows.size()
              << " flows\n";
    return kOk;
}

void ids(common::JsonWriter& json, const std::vector<std::string>& list) {
    json.begin_array();
    for (const auto& id : list) json.value(id);
    json.end_array();
}

// The systems reached, as kept by the analysis or, with --full, all of them.
std::vector<std::string> reached(const scoring::ReachWalker* walker, const scoring::SystemFindings& system,
                                 scoring::ReachDirection direction) {
    const auto& reach = direction == scoring::ReachDirection::Downstream ? system.downstream : system.upstream;
    if (!walker || reach.first.size() == reach.count) return reach.first;
    return walker->of(system.id, direction);
}

void reach_object(common::JsonWriter& json, const scoring::ReachWalker* walker, const scoring::SystemMapAnalysis& analysis,
                  scoring::ReachDirection direction) {
    json.begin_object();
    for (const auto& system : analysis.systems) {
        const auto& reach = direction == scoring::ReachDirection::Downstream ? system.downstream : system.upstream;
        json.key(system.id).begin_object().key("count").value(reach.count).key("ids");
        ids(json, reached(walker, system, direction));
        json.end_object();
    }
    json.end_object();
}

void write_json(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                const scoring::ReachWalker* walker) {
    common::JsonWriter json;
    json.begin_object().key("systems").begin_array();
    for (std::size_t i = 0; i < map.systems.size(); ++i) {
        const auto& system = map.systems[i];
        const auto& found = analysis.systems[i];
        json.begin_object().key("id").value(system.id).key("name").value(system.name);
        json.key("category").value(frameworks::category_key(system.category));
        json.key("status").value(assessment::status_key(system.status)).key("layer").value(found.layer).key("cycle");
        found.cycle ? json.value(*found.cycle) : json.null();
        json.end_object();
    }
    json.end_array().key("order").begin_array();
    for (const auto& layer : analysis.order) ids(json, layer);
    json.end_array().key("cycles").begin_array();
    for (const auto& cycle : analysis.cycles) ids(json, cycle);
    json.end_array().key("hubs").begin_array();
    for (const auto& hub : analysis.hubs)
        json.begin_object().key("id").value(hub.id).key("betweenness").value(hub.betweenness, -1).end_object();
    json.end_array().key("articulation_points");
    ids(json, analysis.articulation_points);
    json.key("bridges").begin_array();
    for (const auto& [from, to] : analysis.bridges) json.begin_array().value(from).value(to).end_array();
    json.end_array().key("impact");
    reach_object(json, walker, analysis, scoring::ReachDirection::Downstream);
    json.key("upstream");
    reach_object(json, walker, analysis, scoring::ReachDirection::Upstream);
    json.key("silos");
    ids(json, analysis.silos);
    json.key("interoperability").begin_object().key("index").value(analysis.interoperability_index, -1);
    json.key("by_mechanism").begin_object();
    for (const auto& share : analysis.by_mechanism) {
        json.key(assessment::mechanism_key(share.mechanism)).begin_object();
        json.key("flows").value(share.flows).key("share").value(share.share, -1).end_object();
    }
    json.end_object().end_object().key("flows_without_agreement").begin_array();
    for (auto index : analysis.flows_without_agreement) {
        const auto& flow = map.flows[index];
        json.begin_object().key("from").value(flow.from).key("to").value(flow.to).key("data").value(flow.data);
        json.key("mechanism").value(assessment::mechanism_key(flow.mechanism)).end_object();
    }
    json.end_array().end_object();
    std::cout << json.str() << "\n";
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& id : list) out += (out.empty() ? "" : ", ") + id;
    return out.empty() ? "-" : out;
}

void write_table(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                 const scoring::ReachWalker* walker) {
    std::cout << map.systems.size() << " systems, " << map.flows.size() << " flows (A -> B: B depends on data from A)\n\n"
              << "Modernisation order (each layer after the ones before it):\n";
    for (std::size_t i = 0; i < analysis.order.size(); ++i)
        std::cout << "  " << i + 1 << ". " << joined(analysis.order[i]) << "\n";
    std::cout << "Cycles:\n";
    for (const auto& cycle : analysis.cycles) std::cout << "  " << joined(cycle) << "\n";
    if (analysis.cycles.empty()) std::cout << "  -\n";
    std::cout << "Hubs (normalised betweenness):\n";
    for (const auto& hub : analysis.hubs)
        if (hub.betweenness > 0) std::cout << "  " << hub.id << "  " << common::format_number(hub.betweenness, 3) << "\n";
    std::cout << "Single points of failure: " << joined(analysis.articulation_points) << "\n";
    std::cout << "Critical links:";
    for (const auto& [from, to] : analysis.bridges) std::cout << " " << from << "->" << to;
    std::cout << (analysis.bridges.empty() ? " -\n" : "\n");
    std::cout << "Silos (no flows): " << joined(analysis.silos) << "\n";
    std::cout << "Impact of an outage (systems downstream):\n";
    for (const auto& system : analysis.systems)
        if (!system.downstream.empty()) {
            const auto listed = reached(walker, system, scoring::ReachDirection::Downstream);
            std::cout << "  " << system.id << " (" << system.downstream.count << "): " << joined(listed);
            if (listed.size() < system.downstream.count)
                std::cout << ", and " << system.downstream.count - listed.size() << " more (--full lists them)";
            std::cout << "\n";
        }
    std::cout << "Interoperability index: "
              << (analysis.interoperability_index ? common::format_number(*analysis.interoperability_index, 1) : "-")
              << " / 100\n";
    for (const auto& share : analysis.by_mechanism)
        std::cout << "  " << assessment::mechanism_key(share.mechanism) << ": " << share.flows << " ("
                  << common::format_number(100 * share.share, 1) << " %)\n";
    std::cout << "Flows without a legal agreement:\n";
    for (auto index : analysis.flows_without_agreement)
        std::cout << "  " << map.flows[index].from << " -> " << map.flows[index].to
                  << (map.flows[index].data.empty() ? "" : ": " + map.flows[index].data) << "\n";
    if (analysis.flows_without_agreement.empty()) std::cout << "  -\n";
}

int run_analysis(const Args& args) {
    if (args.positional().size() != 1) return usage_error("systems", "name one .socle file");
    if (args.has("--systems") || args.has("--flows"))
        return usage_error("systems", "--systems and --flows go with 'systems import' or 'systems export'");
    const std::string format = args.value_or("--format", "table");
    if (!check_format("systems", format, {"table", "json"})) return kUsage;
    const auto assessment = load_assessment_or_report(args.positional().front());
    if (!assessment) return kInvalidInput;
    const auto analysis = scoring::analyse_system_map(assessment->systems);
    if (const auto dot = args.value("--dot")) {
        exports::DotOptions options;
        options.title = assessment->metadata.title;
        const std::string lang = args.value_or("--lang", assessment->metadata.language);
        options.translate = [lang](std::string_view english) { return std::string(common::translate(english, lang)); };
        common::write_file_atomically(file_path(*dot), exports::system_map_dot(assessment->systems, analysis, options));
    }
    // --full walks the map once per system and direction, from one index.
    std::optional<scoring::ReachWalker> walker;
    if (args.has("--full")) walker.emplace(assessment->systems);
    const scoring::ReachWalker* full = walker ? &*walker : nullptr;
    if (format == "json") write_json(assessment->systems, analysis, full);
    else write_table(assessment->systems, analysis, full);
    return kOk;
}

}  // namespace

int run_systems(const CommandArgs& raw) {
    const auto opened = open_command("systems", raw, {{"--format", true}, {"--dot", true}, {"--lang", true}, {"--full", false}, {"--systems", true}, {"--flows", true},
                                               {"--raw-csv", false}},
                                      kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    const auto& positional = args->positional();
    const bool subcommand = !positional.empty() && (positional[0] == "import" || positional[0] == "export");
    if (args->has("--raw-csv") && !(subcommand && positional[0] == "export"))
        return usage_error("systems", "--raw-csv goes with 'systems export'");
    if (!subcommand) return run_analysis(*args);
    if (positional.size() != 2) return usage_error("systems", "name one .socle file after '" + positional[0] + "'");
    if (args->has("--format") || args->has("--dot") || args->has("--full") || args->has("--lang"))
        return usage_error("systems", "--format, --full, --dot and --lang go with 'systems FILE.socle'");
    return positional[0] == "import" ? run_import(*args) : run_export_csv(*args);
}

}  // namespace socle::cli

#include "assessment/system_csv.h"

#include <deque>
#include <map>
#include <set>

#include "assessment/edits.h"
#include "common/csv.h"
#include "common/text.h"

namespace socle::assessment {

namespace {

const std::vector<std::string_view> kSystemRequired = {"id", "name", "category"};
const std::vector<std::string_view> kSystemOptional = {"owner", "status", "hosting", "maturity", "notes"};
const std::vector<std::string_view> kFlowRequired = {"from", "to", "mechanism"};
const std::vector<std::string_view> kFlowOptional = {"data", "frequency", "agreement", "notes"};

std::string list_keys(auto keys) {
    std::string out;
    for (auto key : keys) out += (out.empty() ? "" : ", ") + std::string(key);
    return out;
}

// Reports problems of one file at the row's line and the field's column.
class RowChecker {
public:
    RowChecker(const common::CsvTable& table, const std::string& file, common::Diagnostics& diagnostics)
        : table_(table), file_(file), diagnostics_(diagnostics) {}

    void error(const common::CsvRecord& row, std::string_view column, std::string message) {
        const auto index = table_.column(column);
        diagnostics_.error(file_, row.line, index ? static_cast<int>(*index) + 1 : 1, std::move(message));
        ok_ = false;
    }
    std::string field(const common::CsvRecord& row, std::string_view column) const { return table_.field(row, column); }
    bool ok() const { return ok_; }

private:
    const common::CsvTable& table_;
    const std::string& file_;
    common::Diagnostics& diagnostics_;
    bool ok_ = true;
};

std::vector<std::string_view> category_keys() {
    std::vector<std::string_view> keys;
    for (auto category : frameworks::all_categories()) keys.push_back(frameworks::category_key(category));
    return keys;
}

std::optional<InformationSystem> read_system(RowChecker& check, const common::CsvRecord& row, int level_count,
                                             std::set<std::string>& ids) {
    InformationSystem system;
    bool ok = true;
    auto bad = [&](std::string_view column, std::string message) {
        check.error(row, column, std::move(message));
        ok = false;
    };
    system.id = check.field(row, "id");
    if (!common::is_valid_id(system.id))
        bad("id", "system id '" + system.id + "' must be letters, digits, '-', '_', '.' or ':' (no spaces)");
    else if (!ids.insert(system.id).second)
        bad("id", "system id '" + system.id + "' is used twice");
    system.name = check.field(row, "name");
    if (system.name.empty()) bad("name", "the system '" + system.id + "' has no name");
    const std::string category = common::to_lower_ascii(check.field(row, "category"));
    if (const auto parsed = frameworks::parse_category(category)) system.category = *parsed;
    else bad("category", "unknown category '" + category + "'; use one of: " + list_keys(category_keys()));
    if (const std::string status = common::to_lower_ascii(check.field(row, "status")); !status.empty()) {
        if (const auto parsed = parse_status(status)) system.status = *parsed;
        else bad("status", "unknown status '" + status + "'; use one of: planned, pilot, operational, legacy, retiring");
    }
    if (const std::string maturity = check.field(row, "maturity"); !maturity.empty()) {
        system.maturity = common::parse_int(maturity);
        if (!system.maturity || *system.maturity < 1 || *system.maturity > level_count)
            bad("maturity", "maturity '" + maturity + "' is not a level from 1 to " + std::to_string(level_count));
    }
    system.owner = check.field(row, "owner");
    system.hosting = check.field(row, "hosting");
    system.notes = check.field(row, "notes");
    if (!ok) return std::nullopt;
    return system;
}

std::optional<DataFlow> read_flow(RowChecker& check, const common::CsvRecord& row, const std::set<std::string>& ids) {
    DataFlow flow;
    bool ok = true;
    auto bad = [&](std::string_view column, std::string message) {
        check.error(row, column, std::move(message));
        ok = false;
    };
    flow.from = check.field(row, "from");
    flow.to = check.field(row, "to");
    for (auto [column, id] : {std::pair<std::string_view, const std::string&>{"from", flow.from}, {"to", flow.to}}) {
        if (id.empty()) bad(column, "the '" + std::string(column) + "' system is empty");
        else if (!ids.count(id)) bad(column, "unknown system '" + id + "'; it must be an id of the systems file");
    }
    if (ok && flow.from == flow.to) bad("to", "the flow runs from '" + flow.from + "' to itself");
    const std::string mechanism = common::to_lower_ascii(check.field(row, "mechanism"));
    if (const auto parsed = parse_mechanism(mechanism)) flow.mechanism = *parsed;
    else bad("mechanism", "unknown mechanism '" + mechanism + "'; use one of: manual, file, database, api, standard_api");
    const std::string agreement = common::to_lower_ascii(check.field(row, "agreement"));
    if (agreement != "" && agreement != "yes" && agreement != "no")
        bad("agreement", "agreement must be yes or no, not '" + agreement + "'");
    flow.agreement = agreement == "yes";
    flow.data = check.field(row, "data");
    flow.frequency = check.field(row, "frequency");
    flow.notes = check.field(row, "notes");
    if (!ok) return std::nullopt;
    return flow;
}

}  // namespace

std::optional<SystemMap> read_system_map_csv(const std::string& systems_text, const std::string& systems_file,
                                             const std::string& flows_text, const std::string& flows_file,
                                             int level_count, common::Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    SystemMap map;
    // Every id that is well-formed counts as known, even on a row with other
    // problems, so one bad system does not bury its flows under noise.
    std::set<std::string> ids;
    const auto systems = common::parse_csv(systems_text, systems_file, diagnostics);
    bool systems_ok = systems && common::check_csv_header(*systems, kSystemRequired, kSystemOptional, systems_file,
                                                          diagnostics);
    if (systems_ok) {
        RowChecker check(*systems, systems_file, diagnostics);
        for (const auto& row : systems->rows)
            if (auto system = read_system(check, row, level_count, ids)) map.systems.push_back(std::move(*system));
    }
    const auto flows = common::parse_csv(flows_text, flows_file, diagnostics);
    if (flows && common::check_csv_header(*flows, kFlowRequired, kFlowOptional, flows_file, diagnostics) && systems_ok) {
        RowChecker check(*flows, flows_file, diagnostics);
        for (const auto& row : flows->rows)
            if (auto flow = read_flow(check, row, ids)) map.flows.push_back(std::move(*flow));
    }
    if (diagnostics.error_count() > errors_before) return std::nullopt;
    return map;
}

std::optional<SystemMapImport> import_system_map_csv(const Assessment& assessment, const std::string& systems_text,
                                                     const std::string& systems_file, const std::string& flows_text,
                                                     const std::string& flows_file, common::Diagnostics& diagnostics) {
    auto map = read_system_map_csv(systems_text, systems_file, flows_text, flows_file,
                                   assessment.framework().level_count(), diagnostics);
    if (!map) return std::nullopt;
    for (auto& system : map->systems)
        if (const auto* existing = assessment.systems.find(system.id))
            system.linked_indicators = existing->linked_indicators;
    // A flow the map already had, unchanged, keeps its id (a merge of a copy
    // that re-imported its map still knows it); the others get fresh ones.
    const auto content = [](const DataFlow& f) {
        const char sep = '\x1f';
        return f.from + sep + f.to + sep + f.data + sep + std::string(mechanism_key(f.mechanism)) + sep + f.frequency +
               sep + (f.agreement ? "yes" : "no") + sep + f.notes;
    };
    std::map<std::string, std::deque<std::string>> unchanged;  // content -> ids, in map order
    for (const auto& flow : assessment.systems.flows) unchanged[content(flow)].push_back(flow.id);
    for (auto& flow : map->flows) {
        auto& ids = unchanged[content(flow)];
        if (ids.empty()) continue;
        flow.id = ids.front();
        ids.pop_front();
    }
    SystemMapImport result;
    result.systems = map->systems.size();
    result.flows = map->flows.size();
    result.edit = edits::set_system_map(assessment, std::move(*map), "import system map from " + systems_file);
    return result;
}

std::string systems_csv(const SystemMap& map, common::CsvCells cells) {
    std::string out = common::csv_line({"id", "name", "category", "owner", "status", "hosting", "maturity", "notes"});
    for (const auto& s : map.systems)
        out += common::csv_line({s.id, s.name, std::string(frameworks::category_key(s.category)), s.owner,
                                 std::string(status_key(s.status)), s.hosting,
                                 s.maturity ? std::to_string(*s.maturity) : "", s.notes},
                                cells);
    return out;
}

std::string flows_csv(const SystemMap& map, common::CsvCells cells) {
    std::string out = common::csv_line({"from", "to", "data", "mechanism", "frequency", "agreement", "notes"});
    for (const auto& f : map.flows)
        out += common::csv_line({f.from, f.to, f.data, std::string(mechanism_key(f.mechanism)), f.frequency,
                                 f.agreement ? "yes" : "no", f.notes},
                                cells);
    return out;
}

}  // namespace socle::assessment

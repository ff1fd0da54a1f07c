#include "assessment/system_map.h"

#include <map>
#include <set>

#include "common/i18n.h"
#include "common/sha256.h"

namespace socle::assessment {

namespace {
struct StatusInfo {
    SystemStatus status;
    std::string_view key;
    std::string_view label;
};
constexpr StatusInfo kStatuses[] = {
    {SystemStatus::Planned, "planned", N_("Planned")},
    {SystemStatus::Pilot, "pilot", N_("Pilot")},
    {SystemStatus::Operational, "operational", N_("Operational")},
    {SystemStatus::Legacy, "legacy", N_("Legacy")},
    {SystemStatus::Retiring, "retiring", N_("Retiring")},
};

struct MechanismInfo {
    FlowMechanism mechanism;
    std::string_view key;
    std::string_view label;
};
constexpr MechanismInfo kMechanisms[] = {
    {FlowMechanism::Manual, "manual", N_("Paper / manual re-keying")},
    {FlowMechanism::File, "file", N_("File transfer")},
    {FlowMechanism::Database, "database", N_("Direct database link")},
    {FlowMechanism::Api, "api", N_("API")},
    {FlowMechanism::StandardApi, "standard_api", N_("Standards-based API (e.g. DCI)")},
};
}  // namespace

std::string_view status_key(SystemStatus status) { return kStatuses[static_cast<int>(status)].key; }
std::string_view status_label(SystemStatus status) { return kStatuses[static_cast<int>(status)].label; }

std::optional<SystemStatus> parse_status(std::string_view key) {
    for (const auto& info : kStatuses)
        if (info.key == key) return info.status;
    return std::nullopt;
}

std::string_view mechanism_key(FlowMechanism mechanism) { return kMechanisms[static_cast<int>(mechanism)].key; }
std::string_view mechanism_label(FlowMechanism mechanism) { return kMechanisms[static_cast<int>(mechanism)].label; }

std::optional<FlowMechanism> parse_mechanism(std::string_view key) {
    for (const auto& info : kMechanisms)
        if (info.key == key) return info.mechanism;
    return std::nullopt;
}

namespace {

// Fields are joined by a separator text never holds, so that no two
// different flows hash the same text.
constexpr char kSeparator = '\x1f';

std::string id_from_hash(std::string_view text) { return "f-" + common::sha256_hex(text).substr(0, 10); }

std::set<std::string> used_ids(const SystemMap& map) {
    std::set<std::string> used;
    for (const auto& flow : map.flows)
        if (!flow.id.empty()) used.insert(flow.id);
    return used;
}

// `wanted`, or wanted-2, wanted-3... if taken.
std::string unused(const std::string& wanted, const std::set<std::string>& used) {
    std::string id = wanted;
    for (int n = 2; used.count(id); ++n) id = wanted + "-" + std::to_string(n);
    return id;
}

std::string fresh_id(const DataFlow& flow, const std::set<std::string>& used) {
    std::string text = "flow";
    for (const auto* field : {&flow.from, &flow.to, &flow.data, &flow.frequency, &flow.notes}) text += kSeparator + *field;
    text += kSeparator + std::string(mechanism_key(flow.mechanism)) + kSeparator + (flow.agreement ? "yes" : "no");
    return unused(id_from_hash(text), used);
}

}  // namespace

std::string fresh_flow_id(const SystemMap& map, const DataFlow& flow) { return fresh_id(flow, used_ids(map)); }

void assign_fresh_flow_ids(SystemMap& map) {
    auto used = used_ids(map);
    for (auto& flow : map.flows) {
        if (!flow.id.empty()) continue;
        flow.id = fresh_id(flow, used);
        used.insert(flow.id);
    }
}

void assign_legacy_flow_ids(SystemMap& map) {
    auto used = used_ids(map);
    std::map<std::pair<std::string, std::string>, int> seen;
    for (auto& flow : map.flows) {
        const int n = ++seen[{flow.from, flow.to}];
        if (!flow.id.empty()) continue;
        flow.id = unused(id_from_hash("legacy" + (kSeparator + flow.from) + kSeparator + flow.to + kSeparator +
                                      std::to_string(n)),
                         used);
        used.insert(flow.id);
    }
}

const InformationSystem* SystemMap::find(std::string_view system_id) const {
    for (const auto& system : systems)
        if (system.id == system_id) return &system;
    return nullptr;
}

}  // namespace socle::assessment

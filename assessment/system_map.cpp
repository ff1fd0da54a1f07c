#include "assessment/system_map.h"

#include "common/i18n.h"

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

const InformationSystem* SystemMap::find(std::string_view system_id) const {
    for (const auto& system : systems)
        if (system.id == system_id) return &system;
    return nullptr;
}

}  // namespace socle::assessment

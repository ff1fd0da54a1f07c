#pragma once
// The country's information systems and the data flows between them.
// A flow A -> B means B depends on data from A: if A stops, B is affected.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frameworks/system_category.h"

namespace socle::assessment {

enum class SystemStatus { Planned, Pilot, Operational, Legacy, Retiring };
enum class FlowMechanism { Manual, File, Database, Api, StandardApi };

std::string_view status_key(SystemStatus status);  // "operational"
std::string_view status_label(SystemStatus status);  // English, N_() marked
std::optional<SystemStatus> parse_status(std::string_view key);
std::string_view mechanism_key(FlowMechanism mechanism);  // "standard_api"
std::string_view mechanism_label(FlowMechanism mechanism);
std::optional<FlowMechanism> parse_mechanism(std::string_view key);

struct InformationSystem {
    std::string id;
    std::string name;
    frameworks::SystemCategory category = frameworks::SystemCategory::Other;
    std::string owner;  // owner institution
    SystemStatus status = SystemStatus::Operational;
    std::string hosting;
    std::optional<int> maturity;  // optional level on the framework's scale
    std::string notes;
    std::vector<std::string> linked_indicators;

    bool operator==(const InformationSystem&) const = default;
};

struct DataFlow {
    std::string from;  // system id (provider)
    std::string to;    // system id (consumer, depends on `from`)
    std::string data;  // what is exchanged
    FlowMechanism mechanism = FlowMechanism::Manual;
    std::string frequency;
    bool agreement = false;  // a legal data-sharing agreement covers it
    std::string notes;
    // Names the flow for good (a merge matches flows by it; two flows may
    // join the same two systems). Unique within the map; see
    // docs/assessment-format.md for how ids are made. Last, so that the
    // fields above can still be given in order.
    std::string id;

    bool operator==(const DataFlow&) const = default;
};

struct SystemMap {
    std::vector<InformationSystem> systems;
    std::vector<DataFlow> flows;

    const InformationSystem* find(std::string_view system_id) const;
    bool operator==(const SystemMap&) const = default;
};

// A new id for `flow`, not used in `map`: "f-" and ten hex digits of a
// hash of the flow's fields. Two copies of an assessment that add the same
// flow give it the same id (a merge then takes it once); different flows
// get different ids, whichever copy adds them.
std::string fresh_flow_id(const SystemMap& map, const DataFlow& flow);
// Gives every flow without an id a fresh one (an imported map, an edit).
void assign_fresh_flow_ids(SystemMap& map);
// Gives every flow without an id (a file written before flows had ids) one
// made from its two systems and how many flows between them come before it
// in the file: the same file always gets the same ids, so a BASE and two
// copies of it still unchanged agree on them.
void assign_legacy_flow_ids(SystemMap& map);

}  // namespace socle::assessment

#pragma once
// Small builders for system maps in tests (designated initialisers would
// trip -Wmissing-field-initializers on the many optional fields).
#include <string>
#include <utility>
#include <vector>

#include "assessment/system_map.h"

namespace socle::test {

inline assessment::InformationSystem make_system(std::string id, std::string name = "",
                                                 frameworks::SystemCategory category = frameworks::SystemCategory::Other) {
    assessment::InformationSystem system;
    system.id = std::move(id);
    system.name = name.empty() ? system.id : std::move(name);
    system.category = category;
    return system;
}

inline assessment::DataFlow make_flow(std::string from, std::string to,
                                      assessment::FlowMechanism mechanism = assessment::FlowMechanism::Api,
                                      bool agreement = true) {
    assessment::DataFlow flow;
    flow.from = std::move(from);
    flow.to = std::move(to);
    flow.mechanism = mechanism;
    flow.agreement = agreement;
    return flow;
}

// A map with systems named by the ids and flows given as "a>b" pairs.
inline assessment::SystemMap make_map(const std::vector<std::string>& ids,
                                      const std::vector<std::pair<std::string, std::string>>& flows) {
    assessment::SystemMap map;
    for (const auto& id : ids) map.systems.push_back(make_system(id));
    for (const auto& [from, to] : flows) map.flows.push_back(make_flow(from, to));
    return map;
}

}  // namespace socle::test

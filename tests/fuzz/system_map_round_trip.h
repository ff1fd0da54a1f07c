#pragma once
// The system map harnesses (systems.csv fuzzed, flows.csv fuzzed) share one
// check: what reads writes back to CSV that reads to the same map, and the
// import saves in a .socle, reopens unchanged and undoes exactly.
#include <string>

namespace socle::fuzz {

int check_system_map_csv(const std::string& systems, const std::string& flows);

}  // namespace socle::fuzz

// flows.csv fuzzed, between the systems of tests/data/system_map/good-systems.csv.
#include <string>

#include "fuzz_support.h"
#include "system_map_round_trip.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string systems = socle::fuzz::test_data_file("system_map/good-systems.csv");
    return socle::fuzz::check_system_map_csv(systems, std::string(socle::fuzz::as_text(data, size)));
}

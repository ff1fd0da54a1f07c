// systems.csv fuzzed, with a flows.csv that has only its header.
#include <string>

#include "fuzz_support.h"
#include "system_map_round_trip.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string flows = "from,to,data,mechanism,frequency,agreement,notes\n";
    return socle::fuzz::check_system_map_csv(std::string(socle::fuzz::as_text(data, size)), flows);
}

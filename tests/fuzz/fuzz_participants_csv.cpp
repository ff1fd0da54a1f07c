// A participants CSV, as a facilitator prepares it for a new assessment
// (socle-cli new --participants): the list goes into the fixture emptied of
// its responses (whose votes name the fixture's own participants), then
// saves and reopens unchanged.
#include <string>

#include "assessment/participants_csv.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    common::Diagnostics diagnostics;
    auto participants =
        assessment::read_participants_csv(std::string(fuzz::as_text(data, size)), "participants.csv", diagnostics);
    if (participants.has_value() == diagnostics.has_errors())
        fuzz::fail("read_participants_csv returned participants together with errors, or neither");
    if (!participants) return 0;
    auto changed = fuzz::fixture_assessment();
    changed.responses.clear();
    changed.participants = std::move(*participants);
    fuzz::check_round_trip(changed);
    return 0;
}

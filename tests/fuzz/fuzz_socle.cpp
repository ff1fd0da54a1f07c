// A .socle file. Inputs may leave out the framework snapshot: the fixture's
// framework stands in for it (as an installed framework would), so the
// fuzzer spends its time on the body rather than on matching a SHA-256.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    auto loaded = assessment::read_assessment(fuzz::as_text(data, size), "fuzz.socle", fuzz::fixture_resolver());
    if (loaded.ok() == loaded.diagnostics.has_errors())
        fuzz::fail("read_assessment returned an assessment together with errors, or neither");
    if (loaded.ok()) fuzz::check_round_trip(*loaded.assessment);
    return 0;
}

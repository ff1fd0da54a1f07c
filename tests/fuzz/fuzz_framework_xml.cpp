// A framework file, as a user adds one. What loads must also travel as the
// snapshot inside a .socle: saved, reopened without the original file (the
// snapshot parsed again), the same framework, the same bytes.
#include <memory>

#include "frameworks/framework_loader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    auto loaded = frameworks::load_framework(fuzz::as_text(data, size), "fuzz.xml");
    if (loaded.ok() == loaded.diagnostics.has_errors())
        fuzz::fail("load_framework returned a framework together with errors, or neither");
    if (!loaded.ok()) return 0;
    const assessment::Assessment empty(std::make_shared<const frameworks::Framework>(std::move(*loaded.framework)));
    fuzz::check_round_trip(empty, /*parse_snapshot=*/true);
    return 0;
}

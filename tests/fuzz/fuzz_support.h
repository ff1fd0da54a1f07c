#pragma once
// What every fuzz harness shares: the fixed assessment CSV imports go into,
// and the round-trip check. A harness reports a broken promise with abort(),
// the one signal libFuzzer and the corpus replay both turn into a failure
// with the input kept.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "assessment/assessment.h"
#include "assessment/assessment_io.h"

// libFuzzer's entry point, defined once by each harness.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace socle::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Prints what went wrong (and the two texts that differ, if any) and aborts.
[[noreturn]] void fail(const std::string& what, std::string_view first = {}, std::string_view second = {});

// tests/data/assessments/format-1.socle (framework test-minimal, three
// participants, votes, a system map), loaded once; aborts if it does not load.
const assessment::Assessment& fixture_assessment();

// A resolver that knows the fixture's framework and nothing else, so that a
// .socle input without its 3 KB snapshot still reaches the body's reader.
assessment::FrameworkResolver fixture_resolver();

// The promise of every loader: what loads, saves and reopens unchanged.
// Saves `assessment`, reads the bytes back and aborts unless the reopened
// assessment has the same content and saves to the same bytes.
// `parse_snapshot` reads the framework snapshot back from the saved bytes
// (no resolver) instead of trusting the fixture's framework.
void check_round_trip(const assessment::Assessment& assessment, bool parse_snapshot = false);

// The text of a file under tests/data (for fixed companions of a fuzzed input).
std::string test_data_file(const std::string& relative_path);

}  // namespace socle::fuzz

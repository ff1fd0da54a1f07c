#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#ifndef SOCLE_FUZZ_TEST_DATA_DIR
#error "SOCLE_FUZZ_TEST_DATA_DIR must name tests/data"
#endif

namespace socle::fuzz {

namespace {

// The first differing line of two texts, to make a report readable.
void print_first_difference(std::string_view first, std::string_view second) {
    std::size_t at = 0;
    while (at < first.size() && at < second.size() && first[at] == second[at]) ++at;
    const auto from = at > 80 ? at - 80 : 0;
    std::fprintf(stderr, "first difference at byte %zu\n--- first:\n%.*s\n--- second:\n%.*s\n", at,
                 static_cast<int>(std::min<std::size_t>(first.size() - from, 240)), first.data() + from,
                 static_cast<int>(std::min<std::size_t>(second.size() - from, 240)), second.data() + from);
}

std::string describe(const common::Diagnostics& diagnostics) {
    std::string text;
    for (const auto& d : diagnostics.items())
        text += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message + "\n";
    return text;
}

// Which part of two assessments differs, for the report.
std::string first_difference(const assessment::Assessment& a, const assessment::Assessment& b) {
    if (!(a.framework_ref() == b.framework_ref())) return "the framework reference";
    if (!(a.metadata == b.metadata)) return "the metadata";
    if (a.profile != b.profile) return "the profile";
    if (a.participants != b.participants) return "the participants";
    for (const auto& [id, response] : a.responses) {
        const auto found = b.responses.find(id);
        if (found == b.responses.end()) return "the responses (indicator " + id + " is gone)";
        const auto& other = found->second;
        if (other == response) continue;
        const std::string where = "the response to indicator " + id;
        if (other.votes != response.votes) return where + " (votes)";
        if (other.agreed != response.agreed || other.rationale != response.rationale) return where + " (agreement)";
        if (other.target != response.target || other.confidence != response.confidence)
            return where + " (target or confidence)";
        if (other.links != response.links) return where + " (links)";
        return where + " (evidence or notes)";
    }
    if (a.responses.size() != b.responses.size()) return "the responses (one more indicator)";
    if (!(a.systems == b.systems)) return "the system map";
    if (!(a.roadmap == b.roadmap)) return "the roadmap choices";
    if (a.anonymised != b.anonymised) return "the anonymised flag";
    return "nothing visible";
}

}  // namespace

void fail(const std::string& what, std::string_view first, std::string_view second) {
    std::fprintf(stderr, "socle fuzz: %s\n", what.c_str());
    if (!first.empty() || !second.empty()) print_first_difference(first, second);
    std::abort();
}

std::string test_data_file(const std::string& relative_path) {
    const std::string path = std::string(SOCLE_FUZZ_TEST_DATA_DIR) + "/" + relative_path;
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot read " + path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const assessment::Assessment& fixture_assessment() {
    static const assessment::Assessment fixture = [] {
        auto loaded = assessment::read_assessment(test_data_file("assessments/format-1.socle"), "format-1.socle");
        if (!loaded.ok()) fail("the fixture format-1.socle does not load:\n" + describe(loaded.diagnostics));
        return std::move(*loaded.assessment);
    }();
    return fixture;
}

assessment::FrameworkResolver fixture_resolver() {
    return [](std::string_view, std::string_view, std::string_view) { return fixture_assessment().framework_ptr(); };
}

void check_round_trip(const assessment::Assessment& assessment, bool parse_snapshot) {
    const std::string saved = assessment::write_assessment(assessment);
    auto reopened = parse_snapshot ? assessment::read_assessment(saved, "saved.socle")
                                   : assessment::read_assessment(saved, "saved.socle", fixture_resolver());
    if (!reopened.ok()) fail("a saved assessment does not reopen:\n" + describe(reopened.diagnostics), saved);
    const std::string saved_again = assessment::write_assessment(*reopened.assessment);
    if (saved_again != saved) fail("a reopened assessment saves to other bytes", saved, saved_again);
    if (!reopened.assessment->same_content(assessment))
        fail("a reopened assessment differs from the one saved in " + first_difference(assessment, *reopened.assessment) +
                 " (it saves to the same bytes)",
             saved);
}

}  // namespace socle::fuzz

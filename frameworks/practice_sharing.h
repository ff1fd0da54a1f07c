#pragma once
// Sharing a case between teams: one case taken out of a library as a file
// of its own (with only the sources it cites), optionally anonymised, and
// written in the library format so that the other team's Socle validates it
// like any library before keeping it.
#include <filesystem>
#include <optional>
#include <string>

#include "common/diagnostics.h"
#include "frameworks/practice_library.h"

namespace socle::frameworks {

// The case and the sources it cites, as a library of one case that keeps
// the original's framework link. nullopt when the library has no such case.
// Anonymising removes the country code and names and replaces each name
// of the country, in every language the case gives, by "[country]" in the
// texts and in its sources' titles and publishers, whose addresses are
// dropped; the region stays. Only exact spellings are replaced: whoever
// shares still reads the file (an inflected name, a programme's name).
// A summary in a language the case gives no country name in is left out
// (its spelling of the country is unknown, so it cannot be replaced).
std::optional<PracticeLibrary> extract_case(const PracticeLibrary& library, const std::string& case_id,
                                            bool anonymise);

// The library as XML in the format load_practice_library reads (format 1),
// deterministic: the same library gives the same bytes.
std::string write_practice_library(const PracticeLibrary& library);

// A shared library file kept in a team's practice folder: validated like
// any library, then copied under its own name, never over a file there
// (which may be the team's own work). socle-cli practices import and the
// desktop's Import a case both go through it.
struct PracticeImport {
    bool ok = false;
    std::filesystem::path written;  // where it is kept (or would have been)
    bool name_taken = false;        // a file of that name is there already
    std::size_t cases = 0;          // how many cases the file holds
    common::Diagnostics problems;   // reading or validating the file
};
PracticeImport import_practice_file(const std::filesystem::path& file, const std::filesystem::path& folder);

}  // namespace socle::frameworks

#pragma once
// Sharing a case between teams: one case taken out of a library as a file
// of its own (with only the sources it cites), optionally anonymised, and
// written in the library format so that the other team's Socle validates it
// like any library before keeping it.
#include <optional>
#include <string>

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

}  // namespace socle::frameworks

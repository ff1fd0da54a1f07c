#pragma once
// Questions a facilitator asks of the good-practice library: which cases
// show this indicator, which show the levels above the room's, which come
// from this country.
#include <string>
#include <string_view>
#include <vector>

#include "frameworks/practice_library.h"

namespace socle::frameworks {

// A case with the level at which it illustrates the indicator asked about.
struct PracticeMatch {
    const PracticeCase* item = nullptr;
    int level = 0;
};

// Cases that illustrate the indicator, highest level first (then by id,
// so that the order is stable).
std::vector<PracticeMatch> cases_for_indicator(const PracticeLibrary& library, std::string_view indicator);

// Cases that show the indicator above the room's level, nearest level first:
// what the next step looked like elsewhere comes before the far end of the
// scale. room_level 0 (not rated yet) gives every case.
std::vector<PracticeMatch> cases_above_level(const PracticeLibrary& library, std::string_view indicator,
                                             int room_level);

// Cases from a country, named by its code ("KH") or by its name in any of
// the library's languages ("Cambodia", "Cambodge"), ignoring ASCII case.
std::vector<const PracticeCase*> cases_for_country(const PracticeLibrary& library, std::string_view country);

// The distinct countries of the library's named (not anonymised) cases.
std::vector<std::string> practice_countries(const PracticeLibrary& library);

}  // namespace socle::frameworks

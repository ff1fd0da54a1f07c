#pragma once
// Questions a facilitator asks of the good-practice library: which cases
// show this indicator, which show the levels above the room's, which come
// from this country.
#include <optional>
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

// Cases for a roadmap step that takes the indicator from level `from` to
// level `to`: those that show it above `from` and at most one level past
// `to` (what the step aims at, and just beyond it), nearest level first.
// Cases at the far end of the scale are left to cases_above_level: a team
// climbing from 1 to 2 learns more from a country at 2 or 3 than at 5.
std::vector<PracticeMatch> cases_for_step(const PracticeLibrary& library, std::string_view indicator, int from,
                                          int to);

// A case's short summary in lang (practice_library.h), with whether it is
// still a draft; nullopt when the case has none in that language.
struct PracticeSummary {
    std::string text;
    bool draft = false;  // status="draft" (or unstated): shown as a draft
};
std::optional<PracticeSummary> practice_summary(const PracticeCase& item, std::string_view lang);

// Cases from a country, named by its code ("KH") or by its name in any of
// the library's languages ("Cambodia", "Cambodge"), ignoring ASCII case.
std::vector<const PracticeCase*> cases_for_country(const PracticeLibrary& library, std::string_view country);

// The distinct countries of the library's named (not anonymised) cases.
std::vector<std::string> practice_countries(const PracticeLibrary& library);

}  // namespace socle::frameworks

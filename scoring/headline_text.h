#pragma once
// The words around the headline figures, written once for the CLI, the
// workbook, the dashboard and presentation mode: the index's caveat (a
// minister read "index 17.5" as a mark out of 100), the flags beside the
// levels of the level profile, and the caveat of a peer comparison. Each
// takes the language of the place that shows it ("en", "fr", "ru"; the
// po catalogs, common::translate).
#include <string>
#include <string_view>

#include "scoring/comparison.h"
#include "scoring/level_profile.h"

namespace socle::scoring {

// The label of the index wherever it stands as a figure of its own (a
// workbook row, a dashboard caption), in English (N_() marked in the .cpp:
// a header here must not define N_, which wx defines too); translate it
// where it is shown.
std::string_view index_label_english();

// "index 17.5 of 100 (the mean level on a 0-100 scale, not a percentage of
// targets met)".
std::string index_caption(double index, std::string_view lang);

// "3 low confidence, 5 without evidence"; empty when both are zero.
std::string rating_flags(int low_confidence, int undocumented, std::string_view lang);
// The flags of the rated indicators at one level (1-based) of `counts`.
std::string rating_flags_at(const LevelCounts& counts, int level, std::string_view lang);
// What the two flags mean, for a note under the profile.
std::string rating_flags_legend(std::string_view lang);

// Shown with every comparison of peers (different rooms, usually different
// countries): levels from different rooms are not calibrated against each
// other.
std::string peer_caveat(std::string_view lang);
// Peers set the levels of different rooms side by side; rounds of one team
// do not need the caveat.
bool needs_peer_caveat(const Comparison& comparison);

// Shown when the compared ratings were made under different scoring methods
// (Comparison::mixed_methods).
std::string mixed_methods_note(std::string_view lang);

// "1.0.0 -> 2.0.0: split, merged and renamed indicators matched through the
// crosswalk; new and retired ones are listed as unmatched."; one sentence
// per crosswalk, empty when none was used.
std::string crosswalk_note(const Comparison& comparison, std::string_view lang);

}  // namespace socle::scoring

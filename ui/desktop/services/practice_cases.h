#pragma once
// The good-practice cases the desktop shows (docs/practice-library.md): the
// libraries Socle sees (built-in, then the user practice folder), read once
// and read again after the team imports or writes a case, and the cases of
// an indicator between two levels across them. No windows.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/assessment.h"
#include "common/diagnostics.h"
#include "frameworks/framework.h"
#include "frameworks/practice_catalog.h"

namespace socle::desktop {

struct ShownCase {
    const frameworks::PracticeLibrary* library = nullptr;
    const frameworks::PracticeCase* item = nullptr;
    int level = 0;  // the level of the indicator asked about that the case shows
};

// The catalog over common::user_practices_dir() ($SOCLE_PRACTICES_DIR, else
// the user data folder), read at first use, and again when that folder is
// another one or after reload_practices(). Files with problems are left out
// (practices().problems says which).
const frameworks::PracticeCatalog& practices();
void reload_practices();
// Counts the reloads, so a page can tell that what it shows is stale.
std::uint64_t practices_generation();

// A library's links name the ids of one framework version; another
// version's ids may mean something else, so only a library made for the
// document's framework (id and version) is shown beside it.
bool library_fits(const frameworks::PracticeLibrary& library, const frameworks::Framework& framework);

// The cases that show `indicator` at a level above `above` and at most one
// past `up_to` (frameworks::cases_for_step: the rule the report and the
// workbook cite a roadmap step's cases by), nearest level first, across the
// libraries that fit the
// framework. A case id found in two libraries (a built-in case shared and
// imported back) is shown once, from the first (built-in before user files).
std::vector<ShownCase> cases_between(const frameworks::Framework& framework, std::string_view indicator, int above,
                                     int up_to);

// The room's level on an indicator, the level "above" is counted from: the
// agreed level, else the room's result from the votes (room_result.h); 0
// when the room has none (no votes, not applicable, don't know).
int room_level(const assessment::Assessment& assessment, const std::string& indicator);

// A case's text in the session language, else the library's default
// language (English in the built-in library), else any it has.
const std::string& case_text(const ShownCase& shown, const frameworks::LocalizedText& text, const std::string& lang);

// What became of a file taken into the user practice folder.
struct PracticeFileOutcome {
    bool ok = false;
    std::filesystem::path written;   // where it was kept
    bool name_taken = false;         // a file of that name is there already (never overwritten)
    common::Diagnostics problems;    // why it was refused: the file's problems, or reading it
};

// As `socle-cli practices import`: validates a shared library file and
// copies it into the user practice folder, never over a file there; then
// the catalog is read again.
PracticeFileOutcome import_practice_file(const std::filesystem::path& file);

// As `socle-cli practices export`: the case (from the first library that
// has it) and the sources it cites, as a library file, anonymised on
// request. False when no library has the case.
bool share_practice_case(const std::string& case_id, bool anonymise, const std::filesystem::path& out);

// A team's own case: the library is checked as the file will be read
// (loader and links against `framework`), and only without errors saved in
// the user practice folder as <case id>.xml (another free name when that is
// taken); then the catalog is read again.
PracticeFileOutcome save_own_case(const frameworks::PracticeLibrary& library, const frameworks::Framework& framework);

}  // namespace socle::desktop

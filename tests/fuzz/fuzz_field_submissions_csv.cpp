// A KoboToolbox / ODK Central submissions CSV imported into the fixture
// assessment. As for every import: an import or errors, never both; the
// changed assessment saves and reopens unchanged; undoing the edit gives the
// fixture back byte for byte.
#include <string>

#include "assessment/assessment_io.h"
#include "assessment/field_submissions_csv.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    const auto& fixture = fuzz::fixture_assessment();
    common::Diagnostics diagnostics;
    const std::string text(fuzz::as_text(data, size));
    // The detection must hold up whatever the bytes (the CLI calls it first).
    (void)assessment::looks_like_field_submissions(text);
    auto imported = assessment::import_field_submissions_csv(fixture, text, "submissions.csv", diagnostics);
    if (imported.has_value() == diagnostics.has_errors())
        fuzz::fail("import_field_submissions_csv returned an import together with errors, or neither");
    if (!imported) return 0;
    auto changed = fixture;
    imported->votes.edit.apply(changed);
    fuzz::check_round_trip(changed);
    imported->votes.edit.revert(changed);
    const auto before = assessment::write_assessment(fixture);
    const auto undone = assessment::write_assessment(changed);
    if (undone != before) fuzz::fail("undoing a submissions import does not give the assessment back", before, undone);
    return 0;
}

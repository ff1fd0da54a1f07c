// A votes CSV imported into the fixture assessment. The import's edit must
// save and reopen unchanged, and undoing it must give back the fixture
// byte for byte.
#include <string>

#include "assessment/assessment_io.h"
#include "assessment/votes_csv.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    const auto& fixture = fuzz::fixture_assessment();
    common::Diagnostics diagnostics;
    auto imported = assessment::import_votes_csv(fixture, std::string(fuzz::as_text(data, size)), "votes.csv",
                                                 diagnostics);
    if (imported.has_value() == diagnostics.has_errors())
        fuzz::fail("import_votes_csv returned an import together with errors, or neither");
    if (!imported) return 0;
    auto changed = fixture;
    imported->edit.apply(changed);
    fuzz::check_round_trip(changed);
    imported->edit.revert(changed);
    const auto before = assessment::write_assessment(fixture);
    const auto undone = assessment::write_assessment(changed);
    if (undone != before) fuzz::fail("undoing a votes import does not give the assessment back", before, undone);
    return 0;
}

#include "ui/desktop/services/practice_cases.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "assessment/room_result.h"
#include "common/atomic_file.h"
#include "common/path_text.h"
#include "common/user_paths.h"
#include "frameworks/practice_library_loader.h"
#include "frameworks/practice_sharing.h"
#include "frameworks/practice_queries.h"

namespace socle::desktop {

namespace {

struct Cache {
    std::optional<frameworks::PracticeCatalog> catalog;
    std::filesystem::path folder;
    std::uint64_t generation = 0;
};

Cache& cache() {
    static Cache instance;
    return instance;
}

}  // namespace

const frameworks::PracticeCatalog& practices() {
    auto& c = cache();
    const auto folder = common::user_practices_dir();
    if (!c.catalog || folder != c.folder) {
        c.catalog = frameworks::PracticeCatalog::discover(folder);
        c.folder = folder;
    }
    return *c.catalog;
}

void reload_practices() {
    auto& c = cache();
    c.catalog.reset();
    ++c.generation;
}

std::uint64_t practices_generation() { return cache().generation; }

bool library_fits(const frameworks::PracticeLibrary& library, const frameworks::Framework& framework) {
    return library.framework == framework.id && library.framework_version == framework.version;
}

std::vector<ShownCase> cases_between(const frameworks::Framework& framework, std::string_view indicator, int above,
                                     int up_to) {
    std::vector<ShownCase> shown;
    std::set<std::string> seen;
    for (const auto& library : practices().libraries) {
        if (!library_fits(library, framework)) continue;
        for (const auto& match : frameworks::cases_for_step(library, indicator, above, up_to))
            if (seen.insert(match.item->id).second) shown.push_back({&library, match.item, match.level});
    }
    // Nearest first across the libraries too; each library's order stays.
    std::stable_sort(shown.begin(), shown.end(), [](const ShownCase& a, const ShownCase& b) { return a.level < b.level; });
    return shown;
}

int room_level(const assessment::Assessment& assessment, const std::string& indicator) {
    const auto result = assessment::room_result(assessment.response(indicator));
    return result && result->kind == assessment::VoteKind::Level ? result->level : 0;
}

const std::string& case_text(const ShownCase& shown, const frameworks::LocalizedText& text, const std::string& lang) {
    return text.get(lang, shown.library->default_language);
}

PracticeFileOutcome import_practice_file(const std::filesystem::path& file) {
    auto imported = frameworks::import_practice_file(file, common::user_practices_dir());
    if (imported.ok) reload_practices();
    return {imported.ok, std::move(imported.written), imported.name_taken, std::move(imported.problems)};
}

bool share_practice_case(const std::string& case_id, bool anonymise, const std::filesystem::path& out) {
    for (const auto& library : practices().libraries) {
        const auto shared = frameworks::extract_case(library, case_id, anonymise);
        if (!shared) continue;
        common::write_file_atomically(out, frameworks::write_practice_library(*shared));
        return true;
    }
    return false;
}

PracticeFileOutcome save_own_case(const frameworks::PracticeLibrary& library, const frameworks::Framework& framework) {
    PracticeFileOutcome outcome;
    const std::string bytes = frameworks::write_practice_library(library);
    const std::string base = library.cases.empty() ? library.id : library.cases.front().id;
    const auto loaded = frameworks::load_practice_library(bytes, base + ".xml");
    outcome.problems.append(loaded.diagnostics);
    if (!loaded.ok()) return outcome;
    outcome.problems.append(frameworks::check_practice_links(*loaded.library, framework));
    if (outcome.problems.has_errors()) return outcome;
    const auto folder = common::user_practices_dir();
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    outcome.written = folder / common::path_from_utf8(base + ".xml");
    for (int n = 2; std::filesystem::exists(outcome.written); ++n)
        outcome.written = folder / common::path_from_utf8(base + "-" + std::to_string(n) + ".xml");
    common::write_file_atomically(outcome.written, bytes);
    outcome.ok = true;
    reload_practices();
    return outcome;
}

}  // namespace socle::desktop

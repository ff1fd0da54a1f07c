#include "frameworks/practice_catalog.h"

#include <algorithm>
#include <system_error>

#include "builtin_practices.h"
#include "common/error.h"
#include "frameworks/practice_library_loader.h"

namespace socle::frameworks {

std::string_view builtin_practices_source() {
    for (const auto& resource : embedded::builtin_practices()) return resource.bytes;
    return {};
}

PracticeCatalog PracticeCatalog::discover(const std::filesystem::path& user_dir) {
    PracticeCatalog catalog;
    auto builtin = load_practice_library(builtin_practices_source(), "builtin:practices.xml");
    // The built-in file is checked by the tests; failing here is a build defect.
    if (!builtin.ok()) throw common::LogicError("the built-in practice library does not load");
    catalog.libraries.push_back(std::move(*builtin.library));

    std::error_code ec;
    if (user_dir.empty() || !std::filesystem::is_directory(user_dir, ec)) return catalog;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(user_dir, ec))
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto loaded = load_practice_library_file(file);
        catalog.problems.append(loaded.diagnostics);
        if (loaded.ok()) catalog.libraries.push_back(std::move(*loaded.library));
    }
    return catalog;
}

}  // namespace socle::frameworks

#pragma once
// Reads and validates a good-practice library file. Like a framework, every
// problem is reported at once with file, line and column, and a library is
// returned only when there is no error.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostics.h"
#include "frameworks/framework.h"
#include "frameworks/practice_library.h"

namespace socle::frameworks {

struct PracticeLoadResult {
    std::optional<PracticeLibrary> library;
    common::Diagnostics diagnostics;
    bool ok() const { return library.has_value(); }
};

// source_name is what diagnostics call the file (a path, or "builtin:...").
PracticeLoadResult load_practice_library(std::string_view bytes, const std::string& source_name);
PracticeLoadResult load_practice_library_file(const std::filesystem::path& path);

// The links of a library checked against the framework they name: an
// indicator the framework does not have, or a level off its scale, is an
// error at the link's line. A framework with another id or version is
// reported once (the ids of another version may mean something else).
common::Diagnostics check_practice_links(const PracticeLibrary& library, const Framework& framework);

}  // namespace socle::frameworks

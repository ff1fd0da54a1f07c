#pragma once
// The practice libraries Socle can see: the built-in one (compiled in) and
// every *.xml in the user practice folder, where a team keeps its own cases
// and the cases other teams shared with it.
#include <filesystem>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/practice_library.h"

namespace socle::frameworks {

struct PracticeCatalog {
    std::vector<PracticeLibrary> libraries;  // the built-in one first
    common::Diagnostics problems;           // user files left out, and why

    // Built-in library, then the user folder's files in name order. A user
    // file with problems is reported and left out.
    static PracticeCatalog discover(const std::filesystem::path& user_dir);
};

// The built-in library's bytes, for tests and validation.
std::string_view builtin_practices_source();

}  // namespace socle::frameworks

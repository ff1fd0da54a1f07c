#pragma once
// Reads and validates a framework file. Every problem is reported at once,
// with file, line and column; a framework is returned only when there is no
// error (warnings, such as an unknown element, do not stop it).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostics.h"
#include "frameworks/framework.h"

namespace socle::frameworks {

struct FrameworkLoadResult {
    std::optional<Framework> framework;
    common::Diagnostics diagnostics;
    bool ok() const { return framework.has_value(); }
};

// source_name is what diagnostics call the file (a path, or "builtin:...").
FrameworkLoadResult load_framework(std::string_view bytes, const std::string& source_name);

// Reads the file first; a file that cannot be read is a diagnostic too.
FrameworkLoadResult load_framework_file(const std::filesystem::path& path);

}  // namespace socle::frameworks

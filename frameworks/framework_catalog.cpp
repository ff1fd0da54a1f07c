#include "frameworks/framework_catalog.h"

#include <algorithm>
#include <system_error>

#include "builtin_frameworks.h"
#include "common/error.h"
#include "common/path_text.h"
#include "frameworks/framework_loader.h"

namespace fs = std::filesystem;

namespace socle::frameworks {

std::vector<BuiltinSource> builtin_framework_sources() {
    std::vector<BuiltinSource> sources;
    for (const auto& resource : embedded::builtin_frameworks()) sources.push_back({resource.name, resource.bytes});
    return sources;
}

FrameworkCatalog FrameworkCatalog::builtin_only() {
    FrameworkCatalog catalog;
    for (const auto& source : builtin_framework_sources()) {
        auto result = load_framework(source.bytes, "builtin:" + std::string(source.name));
        // The tests prove every built-in framework valid; failing here means
        // a broken build, not bad user input.
        if (!result.ok()) throw common::LogicError("built-in framework " + std::string(source.name) + " is invalid");
        catalog.add(std::move(*result.framework), true);
    }
    return catalog;
}

FrameworkCatalog FrameworkCatalog::discover(const fs::path& user_dir) {
    FrameworkCatalog catalog = builtin_only();
    std::error_code ec;
    if (user_dir.empty() || !fs::is_directory(user_dir, ec)) return catalog;
    std::vector<fs::path> files;
    for (const auto& item : fs::directory_iterator(user_dir, ec))
        if (item.is_regular_file(ec) && item.path().extension() == ".xml") files.push_back(item.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto result = load_framework_file(file);
        catalog.problems_.append(result.diagnostics);
        if (!result.ok()) continue;
        if (catalog.find(result.framework->id, result.framework->version)) {
            catalog.problems_.warning(common::path_to_utf8(file), 1, 1,
                                      "framework '" + result.framework->id + "' version " + result.framework->version +
                                          " is already known; this copy is ignored (give it a new version)");
            continue;
        }
        catalog.add(std::move(*result.framework), false);
    }
    return catalog;
}

void FrameworkCatalog::add(Framework framework, bool builtin) { entries_.push_back({std::move(framework), builtin}); }

const Framework* FrameworkCatalog::find(std::string_view id) const {
    for (const auto& entry : entries_)
        if (entry.framework.id == id) return &entry.framework;
    return nullptr;
}

const Framework* FrameworkCatalog::find(std::string_view id, std::string_view version) const {
    for (const auto& entry : entries_)
        if (entry.framework.id == id && entry.framework.version == version) return &entry.framework;
    return nullptr;
}

FrameworkLoadResult resolve_framework(const FrameworkCatalog& catalog, const std::string& id_or_path) {
    std::error_code ec;
    if (fs::is_regular_file(id_or_path, ec)) return load_framework_file(id_or_path);
    FrameworkLoadResult result;
    if (const auto* framework = catalog.find(id_or_path)) {
        result.framework = *framework;
        return result;
    }
    std::string known;
    for (const auto& entry : catalog.entries()) known += (known.empty() ? "" : ", ") + entry.framework.id;
    result.diagnostics.error(id_or_path, 1, 1,
                             "no framework file at this path and no framework with this id (known ids: " + known + ")");
    return result;
}

}  // namespace socle::frameworks

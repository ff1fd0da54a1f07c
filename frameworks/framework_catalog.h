#pragma once
// The frameworks Socle can see: the built-in ones (compiled into the
// binaries) and every *.xml in the user framework folder.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/framework.h"
#include "frameworks/framework_loader.h"

namespace socle::frameworks {

struct CatalogEntry {
    Framework framework;
    bool builtin = false;
};

class FrameworkCatalog {
public:
    // Loads the built-in frameworks and the user folder's files. Problems in
    // user files are collected in problems() and those files are left out.
    static FrameworkCatalog discover(const std::filesystem::path& user_dir);

    // Built-in frameworks only.
    static FrameworkCatalog builtin_only();

    const std::vector<CatalogEntry>& entries() const { return entries_; }
    const common::Diagnostics& problems() const { return problems_; }
    // By id; when several versions share an id, the first one found (the
    // built-in one comes first).
    const Framework* find(std::string_view id) const;
    // By id and version, as stored in an assessment.
    const Framework* find(std::string_view id, std::string_view version) const;

private:
    void add(Framework framework, bool builtin);
    std::vector<CatalogEntry> entries_;
    common::Diagnostics problems_;
};

// A framework named on a command line or in a dialog: a path to a file
// when one exists there, otherwise an id from the catalog.
FrameworkLoadResult resolve_framework(const FrameworkCatalog& catalog, const std::string& id_or_path);

// The built-in framework sources (name such as "sp-dmf.xml", and bytes).
struct BuiltinSource {
    std::string_view name;
    std::string_view bytes;
};
std::vector<BuiltinSource> builtin_framework_sources();

}  // namespace socle::frameworks

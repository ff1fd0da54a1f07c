#pragma once
// A crosswalk says what became of every indicator of one version of a
// framework in the next (docs/framework-format.md, "Crosswalk files"): the
// migration of a .socle and the comparison of rounds across versions read it.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/framework.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/localized_text.h"

namespace socle::frameworks {

enum class CrosswalkKind {
    Kept,     // same id, same meaning: everything carries over
    Revised,  // same id, meaning widened or narrowed: the level is provisional
    Split,    // one old id into several: each gets the old level, provisional
    Merged,   // several old ids into one: the lowest old level, provisional
    Retired,  // no successor
    New,      // a new id: starts unanswered
};
std::string_view crosswalk_kind_key(CrosswalkKind kind);  // "kept", "revised", ...

struct CrosswalkEntry {
    CrosswalkKind kind = CrosswalkKind::Kept;
    std::vector<std::string> old_ids;  // empty for New
    std::vector<std::string> new_ids;  // empty for Retired
    LocalizedText note;
    int line = 0;
};

struct Crosswalk {
    std::string framework_id;
    std::string from_version;
    std::string to_version;
    std::vector<CrosswalkEntry> entries;
    std::string source_name;

    // The entry that says what became of an old id (nullptr when none).
    const CrosswalkEntry* for_old(std::string_view old_id) const;
    // The entries that name a new id as a target or as new.
    std::vector<const CrosswalkEntry*> for_new(std::string_view new_id) const;
};

struct CrosswalkLoadResult {
    std::optional<Crosswalk> crosswalk;
    common::Diagnostics diagnostics;
    bool ok() const { return crosswalk.has_value(); }
};

// Reads and checks a crosswalk. With the two frameworks given, also checks
// that every id of `from` appears exactly once, that every target exists in
// `to`, and that every id of `to` is accounted for. Problems carry the line.
CrosswalkLoadResult load_crosswalk(std::string_view bytes, const std::string& source_name,
                                   const Framework* from = nullptr, const Framework* to = nullptr);
CrosswalkLoadResult load_crosswalk_file(const std::filesystem::path& path, const Framework* from = nullptr,
                                        const Framework* to = nullptr);

// The built-in crosswalks (frameworks/builtin/*-to-*.xml), unchecked
// against frameworks (the tests check them).
std::vector<Crosswalk> builtin_crosswalks();

// The crosswalk for framework_id from one version to another, among `all`.
const Crosswalk* find_crosswalk(const std::vector<Crosswalk>& all, std::string_view framework_id,
                                std::string_view from_version, std::string_view to_version);

// Orders "1.0.0" < "1.10.0" < "2.0.0": numbers compared as numbers, part
// by part; a part that is not a number compares as text.
bool version_less(std::string_view a, std::string_view b);

// The newest version of a framework in `catalog` and the crosswalk that
// leads to it from `version`: nullopt when `version` is already the newest
// or no crosswalk joins the two.
struct Upgrade {
    const Framework* target = nullptr;
    const Crosswalk* crosswalk = nullptr;
};
std::optional<Upgrade> find_upgrade(const FrameworkCatalog& catalog, const std::vector<Crosswalk>& crosswalks,
                                    std::string_view framework_id, std::string_view version);

}  // namespace socle::frameworks

#pragma once
// The services every window of the app shares: settings, the framework
// catalog (built-in and user frameworks), a cache of parsed frameworks for
// loading files, and the recovery folder. Tests build one over a scratch
// config and folder.
#include <filesystem>
#include <memory>
#include <string_view>

#include "assessment/assessment_io.h"
#include "assessment/recovery.h"
#include "frameworks/framework_catalog.h"
#include "ui/desktop/services/settings.h"

class wxConfigBase;

namespace socle::desktop {

class AppContext {
public:
    AppContext(wxConfigBase& config, std::filesystem::path recovery_dir, std::filesystem::path user_frameworks_dir);

    Settings& settings() { return settings_; }
    const frameworks::FrameworkCatalog& catalog() const { return catalog_; }
    const assessment::RecoveryStore& recovery() const { return recovery_; }

    // The catalog framework with this id, shared (parsed once); null if none.
    std::shared_ptr<const frameworks::Framework> framework(std::string_view id);
    // Loads a .socle file, reusing already-parsed frameworks.
    assessment::AssessmentLoadResult load(const std::filesystem::path& path);
    // A copy of the parsed frameworks, for a worker thread that loads files
    // while the window goes on (the copy shares the framework objects).
    assessment::FrameworkCache framework_cache() const { return cache_; }
    assessment::AssessmentLoadResult load_recovered(const assessment::RecoveryEntry& entry);

private:
    Settings settings_;
    frameworks::FrameworkCatalog catalog_;
    assessment::FrameworkCache cache_;
    assessment::RecoveryStore recovery_;
};

}  // namespace socle::desktop

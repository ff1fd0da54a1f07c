#include "ui/desktop/services/app_context.h"

namespace socle::desktop {

AppContext::AppContext(wxConfigBase& config, std::filesystem::path recovery_dir,
                       std::filesystem::path user_frameworks_dir)
    : settings_(config),
      catalog_(frameworks::FrameworkCatalog::discover(user_frameworks_dir)),
      recovery_(std::move(recovery_dir)) {
    for (const auto& entry : catalog_.entries())
        cache_.add(std::make_shared<const frameworks::Framework>(entry.framework));
}

std::shared_ptr<const frameworks::Framework> AppContext::framework(std::string_view id) {
    const auto* found = catalog_.find(id);
    if (!found) return nullptr;
    if (auto cached = cache_.find(found->sha256)) return cached;
    auto shared = std::make_shared<const frameworks::Framework>(*found);
    cache_.add(shared);
    return shared;
}

assessment::AssessmentLoadResult AppContext::load(const std::filesystem::path& path) {
    return assessment::load_assessment_file(path, cache_.resolver());
}

assessment::AssessmentLoadResult AppContext::load_recovered(const assessment::RecoveryEntry& entry) {
    return recovery_.load(entry, cache_.resolver());
}

}  // namespace socle::desktop

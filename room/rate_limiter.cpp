#include "room/rate_limiter.h"

#include <algorithm>

namespace socle::room {

RateLimiter::RateLimiter(double burst, double per_second, std::size_t max_devices)
    : burst_(burst), per_second_(per_second), max_devices_(max_devices) {}

bool RateLimiter::allow(std::string_view device, Clock::time_point now) {
    auto found = buckets_.find(device);
    if (found == buckets_.end()) {
        if (buckets_.size() >= max_devices_) {
            // Forget the buckets that are full again: those devices are quiet.
            std::erase_if(buckets_, [&](const auto& entry) {
                const double seconds = std::chrono::duration<double>(now - entry.second.last).count();
                return entry.second.tokens + seconds * per_second_ >= burst_;
            });
            // Still full: everyone is busy; refuse newcomers rather than grow.
            if (buckets_.size() >= max_devices_) return false;
        }
        found = buckets_.emplace(std::string(device), Bucket{burst_, now}).first;
    }
    Bucket& bucket = found->second;
    const double seconds = std::chrono::duration<double>(now - bucket.last).count();
    bucket.tokens = std::min(burst_, bucket.tokens + std::max(0.0, seconds) * per_second_);
    bucket.last = std::max(bucket.last, now);
    if (bucket.tokens < 1.0) return false;
    bucket.tokens -= 1.0;
    return true;
}

}  // namespace socle::room

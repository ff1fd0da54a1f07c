#pragma once
// Slows a burst of requests from one device (by address): a token bucket per
// device. A phone polls about once every two seconds and votes now and then;
// a script hammering the server gets 429 once its bucket is empty. The table
// is bounded, so a flood of addresses cannot grow memory without end.
#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace socle::room {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    // burst requests at once, then per_second on average.
    RateLimiter(double burst = 30, double per_second = 10, std::size_t max_devices = 4096);

    // Whether device may make a request at now (and counts it if so).
    bool allow(std::string_view device, Clock::time_point now);
    std::size_t tracked_devices() const { return buckets_.size(); }

private:
    struct Bucket {
        double tokens;
        Clock::time_point last;
    };
    double burst_;
    double per_second_;
    std::size_t max_devices_;
    std::map<std::string, Bucket, std::less<>> buckets_;
};

}  // namespace socle::room

#pragma once
// The sockets of room voting (`socle-cli room serve` and the desktop's
// presentation mode): one listening TCP socket bound to
// the address the facilitator chose, and short connections (one request,
// one answer, closed), served one step at a time from a select() loop so
// the same thread applies the votes. POSIX sockets, and Winsock on Windows.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace socle::network {

class RoomListener {
public:
    // Answer for the bytes read so far from a client (by its address), or
    // nullopt to read more.
    using Respond = std::function<std::optional<std::string>(std::string_view bytes, std::string_view address)>;

    // Binds address:port (port 0: any free port); throws common::Error on failure.
    RoomListener(const std::string& address, std::uint16_t port, Respond respond);
    ~RoomListener();
    RoomListener(const RoomListener&) = delete;
    RoomListener& operator=(const RoomListener&) = delete;

    std::uint16_t port() const;
    // Waits up to timeout_ms for network activity and serves what arrived.
    void step(int timeout_ms);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace socle::network

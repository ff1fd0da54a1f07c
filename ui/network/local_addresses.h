#pragma once
// The IPv4 addresses of this computer, with the name of the network
// interface each belongs to, so a facilitator can pick the one the room's
// phones reach (the laptop's hotspot or the room's Wi-Fi). Loopback comes
// last: it is for trying the room on this computer only.
#include <string>
#include <vector>

namespace socle::network {

struct LocalAddress {
    std::string interface_name;  // "wlan0", "Wi-Fi", "Local Area Connection* 2" (UTF-8)
    std::string address;         // dotted IPv4, e.g. "192.168.137.1"
    bool loopback = false;
};

// Up interfaces only; an empty list when the system cannot say.
std::vector<LocalAddress> local_ipv4_addresses();

}  // namespace socle::network

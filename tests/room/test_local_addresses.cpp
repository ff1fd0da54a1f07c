// The addresses a facilitator picks from: this computer's IPv4 interfaces,
// loopback last.
#include <doctest/doctest.h>

#include <algorithm>

#include "ui/network/local_addresses.h"

using socle::network::local_ipv4_addresses;
using socle::network::LocalAddress;

namespace {
bool dotted_ipv4(const std::string& text) {
    int parts = 0, digits = 0, value = 0;
    for (const char c : text + ".") {
        if (c == '.') {
            if (digits == 0 || value > 255) return false;
            ++parts;
            digits = value = 0;
        } else if (c >= '0' && c <= '9' && digits < 3) {
            value = value * 10 + (c - '0');
            ++digits;
        } else {
            return false;
        }
    }
    return parts == 4;
}
}  // namespace

TEST_CASE("local addresses: every one dotted IPv4, loopback among them and after the others") {
    const auto addresses = local_ipv4_addresses();
    REQUIRE_FALSE(addresses.empty());
    for (const auto& address : addresses) {
        CAPTURE(address.address);
        CHECK(dotted_ipv4(address.address));
        CHECK(address.loopback == address.address.starts_with("127."));
    }
    const auto loopback = std::find_if(addresses.begin(), addresses.end(), [](const LocalAddress& a) { return a.loopback; });
    REQUIRE(loopback != addresses.end());
    CHECK(loopback->address == "127.0.0.1");
    CHECK(std::all_of(loopback, addresses.end(), [](const LocalAddress& a) { return a.loopback; }));
}

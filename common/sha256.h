#pragma once
// SHA-256 (FIPS 180-4), used to fingerprint the framework file an assessment
// was made with. Small enough to own rather than pull in a crypto library.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace socle::common {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    std::array<std::uint8_t, 32> finish();

private:
    void compress(const std::uint8_t* block);
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

// Lower-case hex digest of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace socle::common

#pragma once
// A QR code encoder for the room's address (ISO/IEC 18004): byte mode,
// error correction level M (a projector photographed from the back of a room
// loses some modules), versions 1 to 10, which hold up to 213 bytes; an
// address with its session code is about 40. Written here rather than
// linked (libqrencode): about 360 lines, and one library fewer to cross-build
// for Windows.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socle::room {

class QrCode {
public:
    // The smallest code holding text; nullopt when it exceeds version 10.
    static std::optional<QrCode> encode(std::string_view text);

    int version() const { return version_; }
    int size() const { return size_; }  // modules per side: 17 + 4 * version
    int mask() const { return mask_; }
    // x column, y row; true is dark. No quiet zone: leave 4 light modules around.
    bool dark(int x, int y) const { return modules_[static_cast<std::size_t>(y * size_ + x)]; }

private:
    QrCode() = default;
    int version_ = 0;
    int size_ = 0;
    int mask_ = 0;
    std::vector<bool> modules_;
};

// The code as an SVG picture (one square a dark module, a 4-module quiet
// zone, black on white), to open full screen on the projector.
std::string qr_svg(const QrCode& code);

}  // namespace socle::room

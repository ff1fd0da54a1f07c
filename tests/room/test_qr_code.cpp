// The QR encoder, read back by a real decoder (zbarimg, Debian's zbar-tools):
// a code is right when a phone's camera would read the same text.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "room/qr_code.h"
#include "tests/support/test_support.h"

using socle::room::QrCode;

namespace {

// The code as a binary PGM, 4 pixels a module, with the 4-module quiet zone.
void write_pgm(const QrCode& code, const std::filesystem::path& path) {
    constexpr int kScale = 4;
    const int side = (code.size() + 8) * kScale;
    std::ofstream out(path, std::ios::binary);
    out << "P5\n" << side << " " << side << "\n255\n";
    for (int py = 0; py < side; ++py) {
        for (int px = 0; px < side; ++px) {
            const int x = px / kScale - 4;
            const int y = py / kScale - 4;
            const bool dark = x >= 0 && y >= 0 && x < code.size() && y < code.size() && code.dark(x, y);
            out.put(static_cast<char>(dark ? 0 : 255));
        }
    }
}

std::string decoded(const QrCode& code) {
    socle::test::ScratchDir dir;
    write_pgm(code, dir / "code.pgm");
    std::string out;
    const int status = socle::test::run_command(
        "zbarimg --quiet --raw -Sdisable -Sqrcode.enable " + socle::test::shell_quoted((dir / "code.pgm").string()) + " 2>/dev/null",
        &out);
    REQUIRE_MESSAGE(status == 0, "zbarimg found no code (zbar-tools is in SOCLE_PACKAGES)");
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

std::string text_of_length(std::size_t length) {
    std::string text = "http://192.168.137.1:8080/?c=K3M7XR";
    while (text.size() < length) text += static_cast<char>('a' + text.size() % 26);
    return text.substr(0, length);
}

}  // namespace

TEST_CASE("room.qr: the room's address reads back through zbarimg") {
    const std::string address = "http://192.168.137.1:8080/?c=K3M7XR";
    const auto code = QrCode::encode(address);
    REQUIRE(code);
    CHECK(code->version() == 3);  // 35 bytes: version 2 at level M holds 26
    CHECK(code->size() == 29);
    CHECK(decoded(*code) == address);
}

TEST_CASE("room.qr: every version from 1 to 10 reads back, with its block layout") {
    // The longest text each version holds in byte mode at level M.
    const std::size_t capacity[] = {14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
    for (int version = 1; version <= 10; ++version) {
        const std::string text = text_of_length(capacity[version - 1]);
        CAPTURE(version);
        const auto code = QrCode::encode(text);
        REQUIRE(code);
        CHECK(code->version() == version);
        CHECK(decoded(*code) == text);
        if (version < 10) {
            const auto bigger = QrCode::encode(text + "x");
            REQUIRE(bigger);
            CHECK(bigger->version() == version + 1);
        }
    }
    CHECK_FALSE(QrCode::encode(text_of_length(214)));
}

TEST_CASE("room.qr: finder patterns sit in three corners, the dark module beside the lower one") {
    const auto code = QrCode::encode("K3M7XR");
    REQUIRE(code);
    CHECK(code->version() == 1);
    const int last = code->size() - 1;
    for (const auto& [x0, y0] : {std::pair{0, 0}, std::pair{last - 6, 0}, std::pair{0, last - 6}}) {
        CHECK(code->dark(x0, y0));
        CHECK(code->dark(x0 + 6, y0 + 6));
        CHECK_FALSE(code->dark(x0 + 1, y0 + 1));
        CHECK(code->dark(x0 + 3, y0 + 3));
    }
    CHECK(code->dark(8, code->size() - 8));
}

TEST_CASE("room.qr: the SVG has one square per dark module inside its quiet zone") {
    const auto code = QrCode::encode("http://10.0.0.1:8080/?c=K3M7XR");
    REQUIRE(code);
    int dark = 0;
    for (int y = 0; y < code->size(); ++y) {
        for (int x = 0; x < code->size(); ++x) dark += code->dark(x, y) ? 1 : 0;
    }
    const std::string svg = socle::room::qr_svg(*code);
    std::size_t squares = 0;
    for (auto at = svg.find("h1v1h-1z"); at != std::string::npos; at = svg.find("h1v1h-1z", at + 1)) ++squares;
    CHECK(squares == static_cast<std::size_t>(dark));
    CHECK(svg.find("viewBox=\"0 0 37 37\"") != std::string::npos);  // 29 modules and 4 on each side
    CHECK(svg.find("M4 4h1v1h-1z") != std::string::npos);              // the finder's corner
}

// Display width: what a terminal table pads by, checked on real words of
// the languages Socle shows.
#include <doctest/doctest.h>

#include "common/display_width.h"

using socle::common::display_width;
using socle::common::pad_to_width;

TEST_CASE("display width counts columns, not bytes") {
    CHECK(display_width("D1.1") == 4);
    CHECK(display_width("Начальный") == 9);  // 18 bytes
    CHECK(display_width("Ибтидоӣ") == 7);
    // ເລີ່ມຕົ້ນ: 9 code points, of which ີ ່ ົ ້ stack on their consonant.
    CHECK(std::string_view("ເລີ່ມຕົ້ນ").size() == 27);
    CHECK(display_width("ເລີ່ມຕົ້ນ") == 5);
    CHECK(display_width("社会") == 4);
    CHECK(display_width("") == 0);
}

TEST_CASE("padding by display width lines up Lao, Cyrillic and Latin") {
    for (const char* text : {"Initial", "Начальный", "ເລີ່ມຕົ້ນ"}) CHECK(display_width(pad_to_width(text, 12)) == 12);
    CHECK(pad_to_width("Optimising-long", 4) == "Optimising-long");
}

#include <doctest/doctest.h>

#include <string>

#include "common/line_index.h"

using socle::common::LineIndex;

TEST_CASE("LineIndex maps offsets to 1-based lines and columns") {
    const std::string text = "ab\ncd\n\nef";
    const LineIndex index(text);
    CHECK(index.position(0).line == 1);
    CHECK(index.position(0).column == 1);
    CHECK(index.position(1).column == 2);
    CHECK(index.position(3).line == 2);
    CHECK(index.position(3).column == 1);
    CHECK(index.position(7).line == 4);
    CHECK(index.position(100).line == 4);  // clamped to the end
}

TEST_CASE("LineIndex counts columns in characters - not bytes") {
    const std::string text = "\xd0\xb4\xd0\xb0x";  // "даx": two 2-byte letters then x
    const LineIndex index(text);
    CHECK(index.position(4).column == 3);
}

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

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

// One line of 3 MB (a minified file): 15 million warnings on such a line
// used to count every column from the line start. Columns must equal a
// plain count, and the bytes counted per lookup stay within two blocks.
TEST_CASE("LineIndex on one very long line: exact columns, at most two blocks counted per lookup") {
    std::string text = "head\n";
    std::vector<std::size_t> columns_at;  // code points before each byte of the long line
    const std::string letters[] = {"a", "\xd0\xb4", "\xe0\xba\xa5", "b"};  // 1, 2, 3 and 1 bytes
    std::size_t code_points = 0;
    for (std::size_t i = 0; text.size() < 3'000'000; ++i) {
        const auto& letter = letters[i % 4];
        for (std::size_t b = 0; b < letter.size(); ++b) columns_at.push_back(b == 0 ? code_points : SIZE_MAX);
        text += letter;
        ++code_points;
    }
    text += "\ntail";
    const LineIndex index(text);
    std::size_t lookups = 0;
    for (std::size_t k = 0; k < columns_at.size(); k += 997) {
        if (columns_at[k] == SIZE_MAX) continue;  // inside a letter
        const auto at = index.position(static_cast<std::ptrdiff_t>(5 + k));
        CHECK(at.line == 2);
        CHECK(static_cast<std::size_t>(at.column) == columns_at[k] + 1);
        ++lookups;
    }
    REQUIRE(lookups > 1000);
    CHECK(index.bytes_counted() <= lookups * 2 * LineIndex::kBlockBytes);
    CHECK(index.position(static_cast<std::ptrdiff_t>(text.size())).line == 3);
    CHECK(index.position(static_cast<std::ptrdiff_t>(text.size())).column == 5);
}

TEST_CASE("LineIndex at the end of a text whose size is a whole number of blocks") {
    const std::string text(2 * LineIndex::kBlockBytes, 'x');
    const LineIndex index(text);
    CHECK(index.position(static_cast<std::ptrdiff_t>(text.size())).column == static_cast<int>(text.size()) + 1);
    const LineIndex empty("");
    CHECK(empty.position(0).line == 1);
    CHECK(empty.position(0).column == 1);
}

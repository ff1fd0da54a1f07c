// Text at the door: UTF-8 checked, UTF-16 converted, legacy code pages
// refused with the line and the way to save the file as UTF-8.
#include <doctest/doctest.h>

#include "common/csv.h"
#include "common/utf8.h"
#include "tests/support/test_support.h"

using namespace socle;

TEST_CASE("find_invalid_utf8 knows well-formed UTF-8 from everything else") {
    CHECK_FALSE(common::find_invalid_utf8("plain ASCII"));
    CHECK_FALSE(common::find_invalid_utf8("D\xC3\xA9" "cret \xD0\x97 \xE2\x80\x93 \xF0\x9F\x98\x80"));
    CHECK(common::find_invalid_utf8("D\xE9" "cret") == 1u);          // Windows-1252 e acute
    CHECK(common::find_invalid_utf8("ab\xC3") == 2u);                // cut short
    CHECK(common::find_invalid_utf8("\xC0\xAF") == 0u);              // overlong '/'
    CHECK(common::find_invalid_utf8("\xED\xA0\x80") == 0u);          // a surrogate
    CHECK(common::find_invalid_utf8("x\xF4\x90\x80\x80") == 1u);     // above U+10FFFF
    CHECK(common::find_invalid_utf8("\xE2\x80x") == 0u);             // bad continuation
}

TEST_CASE("a legacy code page is refused with the line and how to save as UTF-8") {
    common::Diagnostics diagnostics;
    const auto bytes = test::read_text(test::data_path("encodings/votes-windows-1252.csv"));
    CHECK_FALSE(common::parse_csv(bytes, "votes.csv", diagnostics).has_value());
    REQUIRE(diagnostics.items().size() == 1);
    const auto& d = diagnostics.items()[0];
    CHECK(d.severity == common::Severity::Error);
    CHECK(d.file == "votes.csv");
    CHECK(d.line == 3);
    CHECK(d.column == 13);
    CHECK(d.message.find("not UTF-8") != std::string::npos);
    CHECK(d.message.find("File > Save As > \"CSV UTF-8") != std::string::npos);
}

TEST_CASE("UTF-16 with a byte-order mark is converted, with a note - UTF-8 with one is taken as is") {
    for (const std::string name : {"votes-utf16le-bom.csv", "votes-utf16be-bom.csv", "votes-utf8-bom.csv"}) {
        CAPTURE(name);
        common::Diagnostics diagnostics;
        const auto table = common::parse_csv(test::read_text(test::data_path("encodings/" + name)), name, diagnostics);
        REQUIRE(table.has_value());
        CHECK_FALSE(diagnostics.has_errors());
        CHECK(diagnostics.items().size() == (name.find("utf16") != std::string::npos ? 1u : 0u));
        CHECK(table->header.front() == "indicator");
        REQUIRE(table->rows.size() == 2);
        CHECK(table->field(table->rows[0], "evidence") == "D\xC3\xA9" "cret 224 \xE2\x80\x93 annexe");
        CHECK(table->field(table->rows[1], "note") == "\xD0\x97\xD0\xB0\xD0\xBC\xD0\xB5\xD1\x82\xD0\xBA\xD0\xB0");
    }
}

TEST_CASE("every byte-order mark at the start goes, so the first column name matches") {
    // Found by fuzzing (tests/fuzz/corpus/text_input/double-bom-utf16be): a
    // second mark stayed as an invisible U+FEFF, and decoding again changed the text.
    const std::string header = "indicator,participant,vote\n";
    const std::string bom = "\xEF\xBB\xBF";
    std::string utf16_be = "\xFE\xFF\xFE\xFF";  // a doubled mark, then the header
    for (const char c : header) utf16_be += std::string{'\0', c};
    for (const std::string& bytes : {bom + bom + header, utf16_be}) {
        common::Diagnostics diagnostics;
        const auto text = common::decode_text_input(bytes, "votes.csv", common::TextFileKind::Csv, diagnostics);
        REQUIRE(text.has_value());
        CHECK(*text == header);
        const auto table = common::parse_csv(bytes, "votes.csv", diagnostics);
        REQUIRE(table.has_value());
        CHECK(table->header.front() == "indicator");
    }
}

TEST_CASE("a control character or a NUL byte in a text input is refused at its line") {
    common::Diagnostics diagnostics;
    CHECK_FALSE(common::decode_text_input("a\nb\x0c" "c\n", "x.csv", common::TextFileKind::Csv, diagnostics));
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].line == 2);
    CHECK(diagnostics.items()[0].column == 2);
    common::Diagnostics nul;
    CHECK_FALSE(common::decode_text_input(std::string("a\0b", 3), "x.csv", common::TextFileKind::Csv, nul));
    REQUIRE(nul.items().size() == 1);
    CHECK(nul.items()[0].message.find("UTF-16 without a byte-order mark") != std::string::npos);
}

TEST_CASE("without_control_characters drops what a .socle cannot keep and nothing else") {
    const std::string pasted = "Decree\x0c 224/PM\x01 \xd0\x9b\xd0\xb0\xd0\xbe\t(2020)\r\nline two\x1f";
    const std::string kept = common::without_control_characters(pasted);
    CHECK(kept == "Decree 224/PM \xd0\x9b\xd0\xb0\xd0\xbe\t(2020)\r\nline two");
    CHECK_FALSE(common::find_control_character(kept));
    CHECK(common::is_valid_utf8(kept));
    CHECK(common::without_control_characters("nothing to drop") == "nothing to drop");
}

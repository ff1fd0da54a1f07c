#include <doctest/doctest.h>

#include <clocale>

#include "common/text.h"

using namespace socle::common;

TEST_CASE("fold_whitespace trims and folds runs of whitespace") {
    CHECK(fold_whitespace("  a \n\t  b  c\r\n") == "a b c");
    CHECK(fold_whitespace("") == "");
    CHECK(fold_whitespace(" \n ") == "");
    CHECK(fold_whitespace("ລາວ  тоҷикӣ") == "ລາວ тоҷикӣ");
}

TEST_CASE("split_whitespace returns the tokens") {
    const auto parts = split_whitespace("  national_id \n social_registry  ");
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == "national_id");
    CHECK(parts[1] == "social_registry");
    CHECK(split_whitespace("   ").empty());
}

TEST_CASE("numbers are written and read the same whatever the C locale") {
    // A Russian or French desktop must never turn 1.5 into "1,5".
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    std::setlocale(LC_ALL, "fr_FR.UTF-8");  // may not exist here; harmless then
    CHECK(format_number(1.5) == "1.5");
    CHECK(format_number(2.0) == "2");
    CHECK(format_number(0.123456789, 3) == "0.123");
    CHECK(format_number(-0.0) == "0");
    CHECK(format_number(7.0 / 3.0, -1) == "2.3333333333333335");
    CHECK(parse_number(format_number(0.1 + 0.2, -1)).value() == 0.1 + 0.2);
    CHECK(parse_number("1.5") == doctest::Approx(1.5));
    std::setlocale(LC_ALL, saved.c_str());
}

TEST_CASE("format_rounded shows a figure as a spreadsheet cell with that many decimals shows it") {
    // Halves go away from zero on the decimal digits, as Excel and LibreOffice
    // do, not to even on the binary value as std::to_chars does.
    CHECK(format_rounded(2.125, 2) == "2.13");
    CHECK(format_number(2.125, 2) == "2.12");  // why format_number is not used for figures
    CHECK(format_rounded(1.005, 2) == "1.01");
    CHECK(format_rounded(2.114999, 2) == "2.11");
    CHECK(format_rounded(0.975 * 100, 0) == "98");
    CHECK(format_rounded(0.9749 * 100, 0) == "97");
    CHECK(format_rounded(2.999, 2) == "3");
    CHECK(format_rounded(9.996, 2) == "10");
    CHECK(format_rounded(99.95, 1) == "100");
    CHECK(format_rounded(2.5, 2) == "2.5");
    CHECK(format_rounded(17.5, 1) == "17.5");
    CHECK(format_rounded(0.0, 2) == "0");
    CHECK(format_rounded(0.004, 2) == "0");
    CHECK(format_rounded(0.005, 2) == "0.01");
    CHECK(format_rounded(-1.005, 2) == "-1.01");
    CHECK(format_rounded(-0.001, 2) == "0");
    CHECK(format_rounded(12345.678, 0) == "12346");
    CHECK(format_rounded(1e-20, 2) == "0");
}

TEST_CASE("parse_number and parse_int reject anything that is not a whole number") {
    CHECK_FALSE(parse_number("1,5").has_value());
    CHECK_FALSE(parse_number("abc").has_value());
    CHECK_FALSE(parse_number("").has_value());
    CHECK_FALSE(parse_number("nan").has_value());
    CHECK(parse_number(" +2 ").value() == doctest::Approx(2.0));
    CHECK(parse_int("3").value() == 3);
    CHECK_FALSE(parse_int("3.5").has_value());
    CHECK_FALSE(parse_int("").has_value());
}

TEST_CASE("ids are letters - digits and a few separators") {
    CHECK(is_valid_id("D1.2"));
    CHECK(is_valid_id("sp-dmf"));
    CHECK(is_valid_id("sp-dmf:D1.1"));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id("D1 2"));
    CHECK_FALSE(is_valid_id("é"));
}

TEST_CASE("markup escape makes text safe as element text and as a quoted attribute") {
    CHECK(escape_markup("plain, Lao ລາວ") == "plain, Lao ລາວ");
    CHECK(escape_markup("<a href=\"x\">Tom & Jerry's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    CHECK(escape_markup("&amp;") == "&amp;amp;");  // escaped once more, never taken as a reference
    CHECK(escape_markup("") == "");
}

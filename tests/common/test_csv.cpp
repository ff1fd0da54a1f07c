#include <doctest/doctest.h>

#include "common/csv.h"

using namespace socle::common;

TEST_CASE("parse_csv reads quoted fields with commas - quotes and line breaks") {
    Diagnostics diagnostics;
    const auto table = parse_csv("\xEF\xBB\xBFId,Name\r\n"
                                 "a,\"one, two\"\n"
                                 "\n"
                                 "b,\"say \"\"hi\"\"\nsecond line\"\n"
                                 "c,plain\n",
                                 "t.csv", diagnostics);
    REQUIRE(table.has_value());
    CHECK(diagnostics.empty());
    CHECK(table->header == std::vector<std::string>{"id", "name"});
    REQUIRE(table->rows.size() == 3);
    CHECK(table->rows[0].line == 2);
    CHECK(table->field(table->rows[0], "name") == "one, two");
    CHECK(table->rows[1].line == 4);
    CHECK(table->field(table->rows[1], "name") == "say \"hi\"\nsecond line");
    CHECK(table->rows[2].line == 6);  // after the two-line record
    CHECK(table->field(table->rows[2], "missing") == "");
}

TEST_CASE("parse_csv with a semicolon separator keeps commas as text - guess_csv_separator reads the header line outside quotes") {
    CHECK(guess_csv_separator("a;b;c\n1,5;2,5;3\n") == ';');
    CHECK(guess_csv_separator("a,b\n1;2;3;4\n") == ',');
    CHECK(guess_csv_separator("\"x;y;z\",b\n") == ',');  // semicolons inside quotes do not count
    CHECK(guess_csv_separator("") == ',');
    Diagnostics diagnostics;
    const auto table = parse_csv("name;score\n\"Li; Ba\";2,5\n", "t.csv", diagnostics, ';');
    REQUIRE(table.has_value());
    CHECK(table->header == std::vector<std::string>{"name", "score"});
    REQUIRE(table->rows.size() == 1);
    CHECK(table->field(table->rows[0], "name") == "Li; Ba");
    CHECK(table->field(table->rows[0], "score") == "2,5");
}

TEST_CASE("parse_csv reports broken quoting with its line") {
    Diagnostics diagnostics;
    CHECK_FALSE(parse_csv("a,b\n1,\"open\n2,3\n", "q.csv", diagnostics).has_value());
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].line == 2);
    CHECK(diagnostics.items()[0].message.find("never closed") != std::string::npos);

    Diagnostics stray;
    CHECK_FALSE(parse_csv("a,b\n1,x\"y\n", "s.csv", stray).has_value());
    CHECK(stray.items()[0].line == 2);
}

TEST_CASE("check_csv_header names missing and unknown columns") {
    Diagnostics diagnostics;
    const auto table = parse_csv("indicator,voter\n", "h.csv", diagnostics);
    REQUIRE(table.has_value());
    CHECK_FALSE(check_csv_header(*table, {"indicator", "participant"}, {"note"}, "h.csv", diagnostics));
    REQUIRE(diagnostics.items().size() == 2);
    CHECK(diagnostics.items()[0].message == "the header has no 'participant' column");
    CHECK(diagnostics.items()[1].message.find("unknown column 'voter'") == 0);
    CHECK(diagnostics.items()[1].column == 2);
}

TEST_CASE("csv_line quotes only what needs it and round-trips") {
    const std::string line = csv_line({"a", "b,c", "say \"x\"", "two\nlines", ""});
    CHECK(line == "a,\"b,c\",\"say \"\"x\"\"\",\"two\nlines\",\n");
    Diagnostics diagnostics;
    const auto table = parse_csv("h1,h2,h3,h4,h5\n" + line, "r.csv", diagnostics);
    REQUIRE(table.has_value());
    CHECK(table->rows[0].fields == std::vector<std::string>{"a", "b,c", "say \"x\"", "two\nlines", ""});
}

TEST_CASE("csv_line neutralises text a spreadsheet would run as a formula - numbers stay numbers") {
    using socle::common::CsvCells;
    using socle::common::csv_line;
    CHECK(csv_line({"=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "plain"}) == "'=1+1,'+cmd,'-2+3,'@SUM(A1),'\tx,plain\n");
    CHECK(csv_line({"=HYPERLINK(\"x\")"}) == "\"'=HYPERLINK(\"\"x\"\")\"\n");
    CHECK(csv_line({"\rx"}) == "\"'\rx\"\n");
    CHECK(csv_line({"-1.5", "+2", "-0", "-", "-1.5 "}) == "-1.5,+2,-0,'-,\"'-1.5 \"\n");
    CHECK(csv_line({"=1+1", "-x"}, CsvCells::Raw) == "=1+1,-x\n");
}

TEST_CASE("the quote csv_line adds is removed on reading - an export reads back as it was") {
    socle::common::Diagnostics diagnostics;
    const std::string text = "a,b,c\n" + socle::common::csv_line({"=1+1", "'plain", "-1.5"});
    const auto table = socle::common::parse_csv(text, "t.csv", diagnostics);
    REQUIRE(table.has_value());
    CHECK(table->field(table->rows[0], "a") == "=1+1");
    CHECK(table->field(table->rows[0], "b") == "'plain");  // not a guard: kept
    CHECK(table->field(table->rows[0], "c") == "-1.5");
}

TEST_CASE("a text of the user's own that starts with a quote before = + - @ survives an export and an import") {
    // Before, "'=A1" written by a user was exported unchanged and read back as
    // "=A1": the reader took the user's quote for the one the writer adds.
    socle::common::Diagnostics diagnostics;
    const std::vector<std::string> own = {"'=A1", "''+x", "'-1.5", "'plain", "'"};
    const std::string line = socle::common::csv_line(own);
    CHECK(line == "''=A1,'''+x,''-1.5,'plain,'\n");
    const auto table = socle::common::parse_csv("a,b,c,d,e\n" + line, "t.csv", diagnostics);
    REQUIRE(table.has_value());
    for (std::size_t i = 0; i < own.size(); ++i)
        CHECK(table->field(table->rows[0], std::string(1, static_cast<char>('a' + i))) == own[i]);
}

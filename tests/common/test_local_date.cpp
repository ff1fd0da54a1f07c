#include <doctest/doctest.h>

#include <string>

#include "common/local_date.h"

using namespace socle::common;

namespace {

std::string read_day_first(const std::string& text) { return parse_local_date(text, DateOrder::DayMonthYear).iso; }

DateProblem problem_of(const std::string& text) { return parse_local_date(text, DateOrder::DayMonthYear).problem; }

}  // namespace

TEST_CASE("local_date: the day-first forms of the five languages are read as ISO") {
    CHECK(read_day_first("12.05.2026") == "2026-05-12");
    CHECK(read_day_first("12/05/2026") == "2026-05-12");
    CHECK(read_day_first("12-05-2026") == "2026-05-12");
    CHECK(read_day_first("2.5.2026") == "2026-05-02");
    CHECK(read_day_first("  12.05.2026 \t") == "2026-05-12");
    CHECK(parse_local_date("12.05.2026", DateOrder::DayMonthYear).read());
}

TEST_CASE("local_date: year first is ISO whatever the order and the separator") {
    for (const auto order : {DateOrder::DayMonthYear, DateOrder::MonthDayYear}) {
        CHECK(parse_local_date("2026-05-12", order).iso == "2026-05-12");
        CHECK(parse_local_date("2026.05.12", order).iso == "2026-05-12");
        CHECK(parse_local_date("2026/5/2", order).iso == "2026-05-02");
    }
}

TEST_CASE("local_date: US English reads the month first, every shipped language the day first") {
    CHECK(parse_local_date("05/12/2026", DateOrder::MonthDayYear).iso == "2026-05-12");
    CHECK(parse_local_date("05/12/2026", DateOrder::DayMonthYear).iso == "2026-12-05");
    for (const char* code : {"en", "fr", "ru", "lo", "tg", ""}) {
        CAPTURE(code);
        CHECK(date_order_for(code) == DateOrder::DayMonthYear);
    }
    CHECK(date_order_for("en-US") == DateOrder::MonthDayYear);
    CHECK(date_order_for("en_US") == DateOrder::MonthDayYear);
}

TEST_CASE("local_date: days a month does not have are refused, leap years counted") {
    CHECK(problem_of("31.02.2026") == DateProblem::NoSuchDay);
    CHECK(problem_of("29.02.2027") == DateProblem::NoSuchDay);
    CHECK(read_day_first("29.02.2028") == "2028-02-29");
    CHECK(problem_of("29.02.2100") == DateProblem::NoSuchDay);
    CHECK(read_day_first("29.02.2000") == "2000-02-29");
    CHECK(problem_of("31.04.2026") == DateProblem::NoSuchDay);
    CHECK(read_day_first("31.12.2026") == "2026-12-31");
    CHECK(problem_of("00.05.2026") == DateProblem::NoSuchDay);
    CHECK(problem_of("2026-02-30") == DateProblem::NoSuchDay);
}

TEST_CASE("local_date: months outside 1 to 12 and short years are refused with their reason") {
    CHECK(problem_of("12.13.2026") == DateProblem::NoSuchMonth);
    CHECK(problem_of("12.00.2026") == DateProblem::NoSuchMonth);
    // In day-first order 05/13/2026 would be month 13: refused, not swapped.
    CHECK(problem_of("05/13/2026") == DateProblem::NoSuchMonth);
    CHECK(problem_of("12.05.26") == DateProblem::ShortYear);
    CHECK(problem_of("12.05.20266") == DateProblem::ShortYear);
    const auto refused = parse_local_date("31.02.2026", DateOrder::DayMonthYear);
    CHECK_FALSE(refused.read());
    CHECK(refused.iso.empty());
}

TEST_CASE("local_date: text that is not three groups of digits is not a date") {
    for (const char* text : {"next week", "12 May 2026", "12.05", "12.05.2026.", "12.05/2026", "123.05.2026",
                             "12.123.2026", "12..2026", "2026-05-12T10:00", "١٢.٠٥.٢٠٢٦", "12.05.2026 г."}) {
        CAPTURE(text);
        CHECK(problem_of(text) == DateProblem::NotADate);
        CHECK(read_day_first(text).empty());
    }
}

TEST_CASE("local_date: an empty field is no date and no problem") {
    const auto empty = parse_local_date("   ", DateOrder::DayMonthYear);
    CHECK(empty.read());
    CHECK(empty.iso.empty());
}

TEST_CASE("local_date: every problem has words to show, none for a date that was read") {
    CHECK(std::string(date_problem_text(DateProblem::None)).empty());
    for (const auto problem : {DateProblem::NotADate, DateProblem::ShortYear, DateProblem::NoSuchMonth,
                               DateProblem::NoSuchDay})
        CHECK_FALSE(std::string(date_problem_text(problem)).empty());
}

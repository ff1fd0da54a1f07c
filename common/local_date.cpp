#include "common/local_date.h"

#include <array>

#include "common/i18n.h"

namespace socle::common {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_separator(char c) { return c == '.' || c == '/' || c == '-'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// A run of digits: its value and length (at most 4 digits are meaningful
// here; longer runs are reported by their length and refused by the caller).
struct Group {
    int value = 0;
    std::size_t digits = 0;
};

// Splits "A?B?C" (digits, one separator used twice) into its three groups.
bool split_three(std::string_view text, std::array<Group, 3>& groups) {
    std::size_t at = 0;
    char separator = 0;
    for (std::size_t g = 0; g < 3; ++g) {
        if (g > 0) {
            if (at >= text.size() || !is_separator(text[at])) return false;
            if (g == 1) separator = text[at];
            else if (text[at] != separator) return false;
            ++at;
        }
        Group group;
        while (at < text.size() && is_digit(text[at])) {
            if (group.digits < 9) group.value = group.value * 10 + (text[at] - '0');
            ++group.digits;
            ++at;
        }
        if (group.digits == 0) return false;
        groups[g] = group;
    }
    return at == text.size();
}

// `value` (non-negative) in `width` digits, zeros in front.
std::string padded(int value, std::size_t width) {
    std::string digits = std::to_string(value);
    return digits.size() < width ? std::string(width - digits.size(), '0') + digits : digits;
}

}  // namespace

DateOrder date_order_for(std::string_view language) {
    // Only US English writes the month first among the languages a Socle
    // session can be in; every shipped catalog (en, fr, ru, lo, tg) is day first.
    return language == "en-US" || language == "en_US" ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
}

LocalDate parse_local_date(std::string_view text, DateOrder order) {
    LocalDate result;
    text = trimmed(text);
    if (text.empty()) return result;
    std::array<Group, 3> groups;
    if (!split_three(text, groups)) {
        result.problem = DateProblem::NotADate;
        return result;
    }
    Group year, month, day;
    if (groups[0].digits == 4) {  // year first: ISO, never ambiguous
        year = groups[0];
        month = groups[1];
        day = groups[2];
    } else {
        year = groups[2];
        month = order == DateOrder::DayMonthYear ? groups[1] : groups[0];
        day = order == DateOrder::DayMonthYear ? groups[0] : groups[1];
    }
    if (month.digits > 2 || day.digits > 2 || (groups[0].digits > 2 && groups[0].digits != 4)) {
        result.problem = DateProblem::NotADate;
    } else if (year.digits != 4) {
        result.problem = DateProblem::ShortYear;
    } else if (month.value < 1 || month.value > 12) {
        result.problem = DateProblem::NoSuchMonth;
    } else if (day.value < 1 || day.value > days_in_month(year.value, month.value)) {
        result.problem = DateProblem::NoSuchDay;
    }
    if (!result.read()) return result;
    result.iso = padded(year.value, 4) + "-" + padded(month.value, 2) + "-" + padded(day.value, 2);
    return result;
}

const char* date_problem_text(DateProblem problem) {
    switch (problem) {
        case DateProblem::None: return "";
        case DateProblem::NotADate: return N_("Not a date Socle can read: write it as 12.05.2026 or 2026-05-12.");
        case DateProblem::ShortYear: return N_("Write the year with four digits (2026, not 26).");
        case DateProblem::NoSuchMonth: return N_("There is no such month: months go from 1 to 12.");
        case DateProblem::NoSuchDay: return N_("That month has no such day.");
    }
    return "";
}

}  // namespace socle::common

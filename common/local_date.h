#pragma once
// Dates as people type them (12.05.2026, 12/05/2026, 2026-05-12), read into
// the ISO form the assessment stores (2026-05-12). No wx, no C locale: the
// reading depends only on the text and the order the language writes.
//
// The rules (docs/user-guide.md, "Set up the workshop"):
// - A date that starts with four digits is year-month-day, whatever the
//   separator (2026-05-12, 2026.05.12, 2026/05/12): never ambiguous.
// - Otherwise three groups of digits with the same separator twice
//   ('.', '/' or '-'): day-month-year in every interface and session
//   language Socle ships (en, fr, ru, lo, tg: British English writes the
//   day first too); month-day-year only for a US English code (en-US,
//   en_US), where 05/12/2026 is 12 May.
// - The year has four digits: 12.05.26 is refused (is it 1926 or 2026?).
// - Day and month take one or two digits; the day must exist in that month
//   (31.02.2026 and 29.02.2027 are refused, 29.02.2028 is read).
// - Spaces around the date are ignored; anything else is refused with the
//   reason, so the page can say it in words.
#include <optional>
#include <string>
#include <string_view>

namespace socle::common {

enum class DateOrder { DayMonthYear, MonthDayYear };

// The order of day and month for a language code ("ru", "fr", "en-US").
DateOrder date_order_for(std::string_view language);

enum class DateProblem {
    None,         // read (or empty)
    NotADate,     // not three groups of digits
    ShortYear,    // a year without four digits
    NoSuchMonth,  // a month outside 1-12
    NoSuchDay,    // a day that month does not have
};

struct LocalDate {
    std::string iso;  // YYYY-MM-DD when read; empty when the text was empty or unreadable
    DateProblem problem = DateProblem::None;
    bool read() const { return problem == DateProblem::None; }
};

// Reads `text` (UTF-8; surrounding spaces ignored). Empty text is read as
// "no date" (problem None, iso empty).
LocalDate parse_local_date(std::string_view text, DateOrder order);

// The reason in words, marked for translation (N_()), for the front-end to
// translate; empty for DateProblem::None.
const char* date_problem_text(DateProblem problem);

}  // namespace socle::common

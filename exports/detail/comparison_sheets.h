#pragma once
// Internal to the comparison workbook (exports/comparison_workbook*.cpp):
// what the sheet writers share. Cell helpers come from workbook_context.h.
#include <string>
#include <string_view>

#include "exports/detail/workbook_context.h"
#include "scoring/comparison.h"

namespace socle::exports::detail {

// The workbook's shared formats and the comparison's own change format.
struct ComparisonFormats : Formats {
    lxw_format* change = nullptr;  // +0.00;-0.00;0
};

struct ComparisonBook {
    ComparisonBook(const scoring::Comparison& compared, std::string language)
        : comparison(compared), lang(std::move(language)) {}
    ComparisonBook(const ComparisonBook&) = delete;
    ComparisonBook& operator=(const ComparisonBook&) = delete;

    const scoring::Comparison& comparison;
    std::string lang;
    lxw_workbook* book = nullptr;
    ComparisonFormats formats;
    std::string overview, domains, indicators, changes, unmatched, method;  // sheet names

    std::string tr(std::string_view english) const;
    std::string label(std::size_t assessment) const;  // "[1] Lao PDR, baseline (2026-03-18)"
    std::string domain_name(std::string_view id) const;
    std::string indicator_question(std::string_view id) const;
    int count() const { return static_cast<int>(comparison.assessments.size()); }
    void create_formats();
};

void write_overview_sheet(ComparisonBook& book, lxw_worksheet* ws);
void write_domains_comparison(ComparisonBook& book, lxw_worksheet* ws);
void write_indicators_comparison(ComparisonBook& book, lxw_worksheet* ws);
void write_changes_sheet(ComparisonBook& book, lxw_worksheet* ws);
void write_unmatched_sheet(ComparisonBook& book, lxw_worksheet* ws);
void write_comparison_method(ComparisonBook& book, lxw_worksheet* ws);

// The header row of a table (header format), widths left to the caller.
void header_row(const ComparisonBook& book, lxw_worksheet* ws, int row, const std::vector<std::string>& labels,
                int first_col = 0);

// Column layout of the Domains and Indicators sheets: the id columns, then
// one level column per assessment, then median, q1, q3, then one position
// column per assessment (and on Domains one completeness column each).
constexpr int kDomainLead = 2;     // id, name
constexpr int kIndicatorLead = 4;  // id, domain, question, matched

}  // namespace socle::exports::detail

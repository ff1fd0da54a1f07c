#pragma once
// Internal to the comparison workbook (exports/comparison_workbook*.cpp):
// what the sheet writers share. The workbook, its formats and labels come
// from XlsxBook, the cell writers from xlsx_sheet.h, as for the assessment
// workbook.
#include <xlsxwriter.h>

#include <string>
#include <string_view>
#include <vector>

#include "exports/detail/xlsx_book.h"
#include "exports/detail/xlsx_sheet.h"
#include "scoring/comparison.h"

namespace socle::exports::detail {

struct ComparisonBook : XlsxBook {
    ComparisonBook(const scoring::Comparison& compared, std::string language)
        : XlsxBook(std::move(language)), comparison(compared) {}

    const scoring::Comparison& comparison;
    lxw_format* change_format = nullptr;  // +0.00;-0.00;0, on top of the shared formats
    std::string overview, domains, indicators, changes, unmatched, crosswalk, method;  // sheet names

    std::string label(std::size_t assessment) const;  // "[1] Lao PDR, baseline (2026-03-18)"
    std::string domain_name(std::string_view id) const;
    std::string indicator_question(std::string_view id) const;
    int count() const { return static_cast<int>(comparison.assessments.size()); }
    void add_change_format();
};

void write_overview_sheet(ComparisonBook& book, lxw_worksheet* ws);
void write_domains_comparison(ComparisonBook& book, lxw_worksheet* ws);
void write_indicators_comparison(ComparisonBook& book, lxw_worksheet* ws);
void write_changes_sheet(ComparisonBook& book, lxw_worksheet* ws);
void write_unmatched_sheet(ComparisonBook& book, lxw_worksheet* ws);
void write_crosswalk_sheet(ComparisonBook& book, lxw_worksheet* ws);
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

#pragma once
// The small base both workbooks are written through (WorkbookContext for the
// assessment workbook, ComparisonBook for the comparison workbook), so they
// open, format, label and commit their file one way: the language and its
// labels, the open workbook, the shared formats and the document properties.
// Internal to exports/.
#include <xlsxwriter.h>

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "exports/detail/xlsx_sheet.h"

namespace socle::exports::detail {

// The file's document properties; empty fields are left out. The author is
// always Socle.
struct DocumentProperties {
    std::string title, subject, keywords, comments;
};

struct XlsxBook {
    explicit XlsxBook(std::string language) : lang(std::move(language)) {}
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    std::string lang;
    lxw_workbook* book = nullptr;  // only while write() runs
    Formats formats;

    // A sheet or column label in the workbook's language, from the
    // interface catalogs (common/translations.h).
    std::string tr(std::string_view english) const;

    // Writes `out`: numbers in the C locale, the shared formats added, then
    // `fill` adds and writes the sheets. The file replaces `out` only once
    // complete (write_xlsx_atomically).
    void write(const std::filesystem::path& out, const std::function<void()>& fill);
    void set_properties(const DocumentProperties& properties);

protected:
    ~XlsxBook() = default;  // a base only: never deleted through it
};

}  // namespace socle::exports::detail

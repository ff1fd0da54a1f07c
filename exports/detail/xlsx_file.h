#pragma once
// Writing one .xlsx file safely, shared by the assessment workbook and the
// comparison workbook: the file is built in a temporary next to the
// destination and renamed over it only once libxlsxwriter has closed it, so
// an existing file is never left half-written and an interrupted export
// leaves nothing behind. Internal to exports/.
#include <xlsxwriter.h>

#include <filesystem>
#include <functional>
#include <string>

namespace socle::exports::detail {

// Calls `fill` with the open workbook, then closes and commits it. Throws
// common::IoError naming `out` when the folder cannot be written or the
// file cannot be completed (libxlsxwriter's reason and errno in words).
void write_xlsx_atomically(const std::filesystem::path& out, const std::function<void(lxw_workbook*)>& fill);

// Adds a sheet; a rejected name (too long, duplicate, bad characters) is a
// programming error: names come from the translation catalogs.
lxw_worksheet* add_sheet(lxw_workbook* book, const std::string& name);

}  // namespace socle::exports::detail

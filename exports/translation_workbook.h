#pragma once
// The translators' workbook of `socle-cli translate export --format xlsx`,
// for ministry translators who work in a spreadsheet rather than a PO
// editor, and reading it back for `socle-cli translate import`:
// - a first sheet naming the framework and the language (the import reads
//   the language from its cell B5) with how to fill the others in;
// - one sheet for the framework-level texts (title, levels, profile
//   questions, rating rule...) and one per domain, named by the domain's id,
//   with the columns Key (the element path, as the PO's msgctxt), ID,
//   English, Current text, Status, Reviewer, Reviewer comment;
// - the Glossary sheet of the field's terms.
// Reading goes through our own zip reader (detail/zip_reader.h), with hard
// limits, since the file comes back from outside. See docs/translating.md.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/glossary.h"
#include "frameworks/translation_import.h"
#include "frameworks/translation_units.h"

namespace socle::exports {

// Writes the workbook for translating `units` into lang, atomically.
// Throws common::IoError naming `out` when it cannot be written.
void write_translation_workbook(const frameworks::TranslationUnits& units, std::string_view lang,
                                const frameworks::Glossary& glossary, const std::filesystem::path& out);

struct TranslationWorkbook {
    std::string framework_id;
    std::string language;  // from the first sheet; empty when the cell is
    std::vector<frameworks::IncomingTranslation> entries;
};

// Reads a translators' workbook back (the bytes of the .xlsx file named
// `file`). Each entry's file is "FILE, sheet NAME", its line the row and its
// column the Current text column, so that format_workbook_diagnostic names
// the cell. Nothing, with diagnostics, when it is not such a workbook.
std::optional<TranslationWorkbook> read_translation_workbook(std::string_view bytes, const std::string& file,
                                                             common::Diagnostics& diagnostics);

// "FILE, sheet D4, cell D12: error: MESSAGE" for a diagnostic at a
// workbook cell (line = row, column = column, both from 1);
// "FILE: error: MESSAGE" for one about the whole file.
std::string format_workbook_diagnostic(const common::Diagnostic& diagnostic);

}  // namespace socle::exports

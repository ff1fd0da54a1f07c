#pragma once
// The Glossary sheet, the same in the assessment workbook and in the
// translators' workbook: the field's terms (frameworks/glossary.h) in the
// workbook's language, then in English and the other languages, with the
// review status of the workbook language's term, sorted by that term.
// Internal to exports/.
#include <string>
#include <string_view>
#include <vector>

#include "exports/detail/xlsx_book.h"
#include "frameworks/glossary.h"

namespace socle::exports::detail {

// The languages of the glossary's columns: lang first, then English, then
// the others in the frameworks' order.
std::vector<std::string> glossary_languages(std::string_view lang);

// The terms sorted by their name in lang; those lang has no name for
// follow, sorted by their English.
// Code-point order with ASCII letters folded: a stand-in until a collation
// by language is shared in common/ (issue 17).
std::vector<const frameworks::GlossaryTerm*> glossary_in_order(const frameworks::Glossary& glossary,
                                                               std::string_view lang);

void write_glossary_sheet(XlsxBook& book, lxw_worksheet* ws, const frameworks::Glossary& glossary);

}  // namespace socle::exports::detail
